package com.argus.engine.export;

import java.util.List;

/** Placeholder, replaced below. */
public final class PlaywrightJavaExporter implements SpecExporter {
  @Override
  public ExportResult render(List<SpecSource> specs, ExportOptions options) {
    throw new UnsupportedOperationException();
  }
}
