package com.argus.app.cli;

import com.argus.engine.ArgusException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code argus}: with no command it opens the workbench the launcher hands in; otherwise it runs the
 * command. Exit codes: 0 success, 1 tests failed, 2 usage, input or configuration error.
 */
@Command(
    name = "argus",
    mixinStandardHelpOptions = true,
    versionProvider = ArgusCommand.Version.class,
    description = "Records web sessions as tests, replays them, heals them and exports them to Playwright.%n"
        + "With no command, opens the workbench.",
    subcommands = {ProjectCommand.class, SpecCommand.class, RunCommand.class, RecordCommand.class, ImportCommand.class, ExportCommand.class, LocateCommand.class, HealsCommand.class, DemoCommand.class},
    footer = {"", "Exit codes: 0 success, 1 tests failed, 2 usage, input or configuration error."})
public final class ArgusCommand implements Callable<Integer> {
  public static final int OK = 0;
  public static final int TESTS_FAILED = 1;
  public static final int USAGE = 2;

  private static final Logger LOG = LoggerFactory.getLogger(ArgusCommand.class);

  @Option(names = "--home", scope = CommandLine.ScopeType.INHERIT, paramLabel = "DIR",
      description = "Argus home (database, artifacts). Default: $ARGUS_HOME, else ~/.argus.")
  Path home;

  @Spec CommandSpec spec;

  /** Opens the workbench on the chosen home (null for the default); null where there is no GUI. */
  private final Consumer<Path> workbench;

  private ArgusCommand(Consumer<Path> workbench) {
    this.workbench = workbench;
  }

  @Override
  public Integer call() {
    if (workbench == null) {
      spec.commandLine().getErr().println("argus: give a command; see `argus --help`");
      return USAGE;
    }
    workbench.accept(home);
    return OK;
  }

  /** The home the user chose, or null for the default. */
  Path home() {
    return home;
  }

  /**
   * Runs {@code argus} with these arguments on the standard streams and returns the exit code; never throws.
   *
   * @param workbench opens the workbench on the chosen home (null for the default) when no command is given
   */
  public static int execute(Consumer<Path> workbench, String... args) {
    return execute(workbench, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs a command without a workbench: no command is a usage error. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    return execute(null, out, err, args);
  }

  private static int execute(Consumer<Path> workbench, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new ArgusCommand(workbench));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof ArgusException argus) {
        LOG.debug("{} failed", commandLine.getCommandName(), e);
        commandLine.getErr().println("argus: " + argus.userMessage());
      } else {
        LOG.error("{} failed unexpectedly", commandLine.getCommandName(), e);
        commandLine.getErr().println("argus: unexpected error: " + e
            + "\nDetails are in the log under the Argus home (logs/argus.log).");
      }
      return USAGE;
    });
    try {
      return cli.execute(args);
    } finally {
      closeOpened();
    }
  }

  private static final Deque<AutoCloseable> OPENED = new ConcurrentLinkedDeque<>();

  /** Resources a command opened (the store) are closed when the command returns, even on error. */
  static void closeWhenDone(AutoCloseable resource) {
    OPENED.push(resource);
  }

  private static void closeOpened() {
    AutoCloseable next;
    while ((next = OPENED.poll()) != null) {
      try {
        next.close();
      } catch (Exception e) {
        LOG.warn("could not close {}", next, e);
      }
    }
  }

  /** The version from the jar manifest, else the development marker. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = ArgusCommand.class.getPackage().getImplementationVersion();
      return new String[] {"Argus Workbench " + (v == null ? "0.1.0-SNAPSHOT" : v),
          "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name")};
    }
  }
}
