package com.argus.app.service;

import com.argus.engine.ArgusException;
import com.argus.engine.export.ExportFormat;
import com.argus.engine.export.ExportOptions;
import com.argus.engine.export.ExportResult;
import com.argus.engine.spec.SpecSource;
import com.argus.engine.spec.format.SpecSources;
import java.nio.file.Path;
import java.util.List;

/**
 * Exports specs as Playwright code for {@code argus export} and the Export screen alike: reads the
 * specs (files, or folders of {@code *.spec.yaml}), applies the package and base URL the same way,
 * and either previews the files or writes them.
 *
 * <p>Stateless and thread-safe; every call reads the spec files, so call it off the FX thread.
 */
public final class ExportService {
  /**
   * What to export.
   *
   * @param specs spec files or folders of them
   * @param folder where the files go (for Java: the source root); a preview writes nothing there
   * @param javaPackage the generated Java classes' package, or null/blank for the default
   * @param baseUrl the base URL baked into the generated config instead of the specs', or null
   */
  public record Request(List<Path> specs, ExportFormat format, Path folder, String javaPackage, String baseUrl) {
    public Request {
      specs = List.copyOf(specs);
      javaPackage = javaPackage == null || javaPackage.isBlank() ? null : javaPackage.trim();
      baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl;
    }
  }

  /** The exporter's result and how many specs went into it. */
  public record Outcome(int specCount, ExportResult result) {}

  /** Renders the files the export would write, writing nothing. */
  public Outcome preview(Request request) {
    List<SpecSource> sources = SpecSources.collect(request.specs());
    return new Outcome(sources.size(), request.format().exporter().render(sources, options(request)));
  }

  /**
   * Writes the exported files into the request's folder.
   *
   * @throws ArgusException when a spec does not read (naming its file and line) or the folder is not writable
   */
  public Outcome export(Request request) {
    List<SpecSource> sources = SpecSources.collect(request.specs());
    return new Outcome(sources.size(), request.format().exporter().export(sources, options(request)));
  }

  private static ExportOptions options(Request request) {
    ExportOptions options = ExportOptions.into(request.folder());
    if (request.javaPackage() != null) {
      options = options.withPackage(request.javaPackage());
    }
    if (request.baseUrl() != null) {
      options = options.withBaseUrl(request.baseUrl());
    }
    return options;
  }
}
