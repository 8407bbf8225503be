package com.argus.engine.export;

import com.argus.engine.spec.SpecSource;

import java.util.List;

/**
 * Turns specs into ordinary test code for another tool. Implementations render templates; they
 * never run a browser.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface SpecExporter {
  /** The files an export would write, without writing them (previews, golden tests). */
  ExportResult render(List<SpecSource> specs, ExportOptions options);

  /** Renders and writes the files under {@code options.outDir()}. */
  default ExportResult export(List<SpecSource> specs, ExportOptions options) {
    ExportResult result = render(specs, options);
    result.writeTo(options);
    return result;
  }
}
