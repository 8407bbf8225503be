package com.argus.app.cli;

import com.argus.app.service.ImportService;
import com.argus.engine.ArgusException;
import com.argus.engine.importer.ImportWarning;
import com.argus.engine.project.Project;
import com.argus.store.Workspace;
import java.nio.file.Path;
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

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write the specs (default: the current folder);"
      + " existing specs are kept: a new one takes the next free name.")
  Path out;

  @Option(names = "--force", description = "With --out: replace a spec file of the same name (it keeps its file mode)"
      + " instead of taking the next free name.")
  boolean force;

  @Option(names = "--project", paramLabel = "NAME", description = "Import into this project's specs folder instead:"
      + " existing specs are kept (a new one takes the next free name) and each import is a version in its history.")
  String projectName;

  @Option(names = "--base-url", paramLabel = "URL", description = "Base URL for the specs; the recording's origin becomes relative to it.")
  String baseUrl;

  @Override
  public Integer call() {
    ImportService.Outcome outcome;
    if (projectName != null) {
      if (out != null || baseUrl != null || force) {
        throw new ArgusException("--project imports into the project's specs folder with its base URL and never replaces"
            + " a spec; drop --out, --base-url and --force");
      }
      Workspace ws = context.workspace();
      Project project = ws.projects().findByName(projectName)
          .orElseThrow(() -> new ArgusException("no project named '" + projectName + "'; see `argus project list`"));
      outcome = new ImportService(ws.specStore()).importInto(file, project);
    } else {
      String specsBaseUrl = baseUrl == null ? null : UrlCheck.requireHttpUrl(baseUrl, "--base-url").toString();
      outcome = new ImportService().importFile(file, out == null ? Path.of(".") : out, specsBaseUrl, force);
    }
    for (ImportService.Written w : outcome.written()) {
      context.out().println("wrote   " + TerminalText.escaped(w.file()) + " (" + w.steps() + " steps)");
    }
    for (ImportWarning w : outcome.warnings()) {
      context.err().println("not imported: " + TerminalText.escaped(w.describe()));
    }
    context.out().println("imported " + outcome.written().size() + " spec(s)"
        + (outcome.warnings().isEmpty() ? "" : "; " + outcome.warnings().size() + " command(s) could not be converted, see above"));
    return ArgusCommand.OK;
  }
}
