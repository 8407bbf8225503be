package com.argus.app.cli;

import com.argus.app.service.ExportService;
import com.argus.engine.export.ExportFormat;
import com.argus.engine.export.ExportIssue;
import com.argus.engine.export.ExportOptions;
import com.argus.engine.export.ExportResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code argus export}: specs to Playwright Test (TypeScript) or Playwright-java JUnit 5 code. */
@Command(name = "export", description = "Export specs as Playwright code that runs as it is.")
final class ExportCommand implements Callable<Integer> {
  @Mixin CliContext context;

  @Parameters(arity = "1..*", paramLabel = "SPEC_OR_FOLDER", description = "Spec files or folders of *.spec.yaml.")
  List<Path> specs;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "playwright-ts or playwright-java.")
  String format;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "playwright-export", description = "Where to write (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--package", paramLabel = "P", description = "Java package of the generated classes (default: " + ExportOptions.DEFAULT_PACKAGE + ").")
  String javaPackage;

  @Option(names = "--base-url", paramLabel = "URL", description = "Base URL baked into the generated config instead of the specs'.")
  String baseUrl;

  @Override
  public Integer call() {
    ExportFormat exportFormat = ExportFormat.parse(format);
    if (baseUrl != null) {
      UrlCheck.requireHttpUrl(baseUrl, "--base-url");
    }
    ExportService.Outcome outcome = new ExportService().export(
        new ExportService.Request(specs, exportFormat, out, javaPackage, baseUrl));
    ExportResult result = outcome.result();
    PrintWriter stdout = context.out();
    for (String path : result.paths()) {
      stdout.println("wrote   " + TerminalText.escaped(out.resolve(path)));
    }
    for (ExportIssue note : result.notes()) {
      context.err().println("note: " + TerminalText.escaped(note.describe()));
    }
    for (ExportIssue issue : result.unsupported()) {
      context.err().println("unsupported (exported as fixme): " + TerminalText.escaped(issue.describe()));
    }
    stdout.println("exported " + outcome.specCount() + " spec(s) as " + exportFormat.optionName()
        + (result.hasUnsupported() ? "; " + result.unsupported().size() + " step(s) could not be expressed, see above" : ""));
    return ArgusCommand.OK;
  }
}
