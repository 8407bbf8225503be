package com.argus.app.cli;

import com.argus.engine.ArgusException;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.Variable;
import com.argus.engine.spec.format.SpecFiles;
import com.argus.engine.spec.format.SpecFormat;
import com.argus.engine.spec.format.SpecFormatException;
import com.argus.engine.spec.format.SpecProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code argus spec validate|show}: check and read spec files without running them. */
@Command(name = "spec", description = "Validate and show spec files.",
    subcommands = {SpecCommand.Validate.class, SpecCommand.Show.class})
final class SpecCommand {

  @Command(name = "validate", description = "Check spec files (or folders of *.spec.yaml). Exit 0 when all are valid, 2 otherwise.")
  static final class Validate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Spec files or folders.")
    List<Path> files;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      int invalid = 0;
      int empty = 0;
      List<Path> all = new ArrayList<>();
      for (Path named : files) {
        List<Path> found = SpecFiles.expand(named);
        if (found.isEmpty()) {
          // Nothing checked is not "all valid": a mistyped folder must not pass a CI gate.
          empty++;
          err.println(named + ": no *" + SpecFiles.SUFFIX + " files in this folder; name a spec file or a folder holding some");
        }
        all.addAll(found);
      }
      for (Path file : all) {
        try {
          TestSpec read = SpecFormat.read(file);
          out.println("ok      " + TerminalText.escaped(file) + " (" + read.steps().size() + " steps)");
        } catch (SpecFormatException e) {
          invalid++;
          for (SpecProblem p : e.problems()) {
            err.println(TerminalText.escaped(p));
          }
        } catch (ArgusException e) {
          invalid++;
          TerminalText.lines(e.userMessage()).forEach(err::println);
        }
      }
      out.println(all.size() - invalid + " valid, " + invalid + " invalid");
      return invalid == 0 && empty == 0 ? ArgusCommand.OK : ArgusCommand.USAGE;
    }
  }

  @Command(name = "show", description = "Print a spec as a readable step list.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A spec file.")
    Path file;

    @Override
    public Integer call() {
      TestSpec s = SpecFormat.read(file);
      PrintWriter out = spec.commandLine().getOut();
      out.println(TerminalText.escaped(s.name()));
      if (s.description() != null) {
        out.println("  " + TerminalText.escaped(s.description()));
      }
      out.println(TerminalText.escaped("  base URL: " + (s.baseUrl() == null ? "(none)" : s.baseUrl())
          + "   device: " + (s.device() == null ? "desktop" : s.device())
          + (s.tags().isEmpty() ? "" : "   tags: " + String.join(", ", s.tags()))));
      for (Variable v : s.variables()) {
        out.println("  variable " + TerminalText.escaped(v.name()) + " = "
            + (v.isSecret() ? "(secret)" : TerminalText.escaped(v.value())));
      }
      if (s.data() != null) {
        out.println("  data: " + (s.data().file() != null ? TerminalText.escaped(s.data().file()) : s.data().rows().size() + " rows"));
      }
      out.println();
      out.printf("  %-3s %-18s %-12s %-44s %s%n", "#", "id", "action", "target", "value");
      int n = 1;
      for (Step step : s.steps()) {
        Locator primary = step.target() == null ? null : step.target().primary();
        String target = primary == null ? "" : primary.describe()
            + (step.target().candidates().size() > 1 ? " (+" + (step.target().candidates().size() - 1) + ")" : "");
        String value = step.assertion() != null ? step.assertion().describe() : step.value() == null ? "" : step.value();
        out.printf("  %-3d %-18s %-12s %-44s %s%s%n", n++, TerminalText.escaped(step.id()), step.action().fileName(),
            clip(TerminalText.escaped(target), 44), TerminalText.escaped(value), step.isEnabled() ? "" : "   [disabled]");
      }
      return ArgusCommand.OK;
    }

    private static String clip(String s, int max) {
      return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
  }
}
