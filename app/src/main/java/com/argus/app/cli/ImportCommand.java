package com.argus.app.cli;

import com.argus.engine.ArgusException;
import com.argus.engine.importer.ImportResult;
import com.argus.engine.importer.ImportWarning;
import com.argus.engine.importer.Importers;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code argus import}: Chrome DevTools Recorder JSON and Selenium IDE {@code .side} files to specs. */
@Command(name = "import", description = "Convert a Chrome DevTools Recorder JSON or Selenium IDE .side file into spec files.")
final class ImportCommand implements Callable<Integer> {
  @Mixin CliContext context;

  @Parameters(paramLabel = "FILE", description = "A *.json Chrome Recorder recording or a *.side Selenium IDE project.")
  Path file;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "Where to write the specs (default: the current folder).")
  Path out;

  @Option(names = "--base-url", paramLabel = "URL", description = "Base URL for the specs; the recording's origin becomes relative to it.")
  String baseUrl;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new ArgusException(file + ": no such file");
    }
    ImportResult result = Importers.forFile(file).read(file);
    Set<String> used = new HashSet<>();
    for (TestSpec spec : result.specs()) {
      TestSpec written = baseUrl == null ? spec : spec.withBaseUrl(UrlCheck.requireHttpUrl(baseUrl, "--base-url").toString());
      Path target = out.resolve(uniqueName(slug(spec.name()), used) + ".spec.yaml");
      SpecFormat.write(written, target);
      context.out().println("wrote   " + target + " (" + spec.steps().size() + " steps)");
    }
    for (ImportWarning w : result.warnings()) {
      context.err().println("not imported: " + w.describe());
    }
    context.out().println("imported " + result.specs().size() + " spec(s)"
        + (result.warnings().isEmpty() ? "" : "; " + result.warnings().size() + " command(s) could not be converted, see above"));
    return ArgusCommand.OK;
  }

  static String slug(String name) {
    String s = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return s.isEmpty() ? "imported" : s;
  }

  private static String uniqueName(String base, Set<String> used) {
    String name = base;
    for (int n = 2; !used.add(name); n++) {
      name = base + "-" + n;
    }
    return name;
  }
}
