package com.argus.app.cli;

import com.argus.app.service.RecordService;
import com.argus.engine.ArgusException;
import com.argus.engine.project.Project;
import com.argus.engine.spec.DevicePreset;
import com.argus.engine.spec.Step;
import com.argus.recorder.RecordingListener;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code argus record}: opens Chromium (or attaches to one over CDP), prints each step as it is
 * recorded, and writes the spec when the window closes or on Ctrl-C.
 */
@Command(name = "record", description = "Record a browser session into a spec. Close the window or press Ctrl-C to finish.")
final class RecordCommand implements Callable<Integer> {
  @Mixin CliContext context;

  @Option(names = "--url", required = true, paramLabel = "URL", description = "Where the recording starts.")
  String url;

  @Option(names = "--out", paramLabel = "FILE", description = "Spec file to write, replaced if it exists (default: a new file named after the spec in the project's specs folder, else the current folder).")
  Path out;

  @Option(names = "--project", paramLabel = "NAME", description = "Save into this project: its specs folder, its test-id attributes, a version in the store.")
  String projectName;

  @Option(names = "--device", paramLabel = "D", description = "Device preset: ${COMPLETION-CANDIDATES}.", completionCandidates = DeviceNames.class)
  String device;

  @Option(names = "--cdp", paramLabel = "URL", description = "Attach to a running Chromium started with --remote-debugging-port, e.g. http://127.0.0.1:9222.")
  String cdp;

  @Option(names = "--name", paramLabel = "NAME", description = "The spec's name.")
  String specName;

  @Option(names = "--headless", hidden = true, description = "Record without a window (for automation).")
  boolean headless;

  @Override
  public Integer call() {
    UrlCheck.requireHttpUrl(url, "--url");
    if (cdp != null) {
      UrlCheck.requireHttpUrl(cdp, "--cdp");
    }
    if (!headless && cdp == null && isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"))) {
      throw new ArgusException("no display for the browser window: record in a desktop session, under `xvfb-run -a`,"
          + " or attach to a running Chromium with --cdp");
    }
    Project project = projectName == null ? null : context.workspace().projects().findByName(projectName)
        .orElseThrow(() -> new ArgusException("no project named '" + projectName + "'; see `argus project list`"));
    if (device != null && DevicePreset.find(device).isEmpty()) {
      throw new ArgusException("--device '" + device + "' is unknown; expected one of: " + DevicePreset.names());
    }
    RecordService.Request request = RecordService.Request.of(url, project).withDevice(device).withCdpEndpoint(cdp)
        .withHeadless(headless).withSpecName(specName).withOut(out).withFolder(Path.of(""));
    PrintWriter stdout = context.out();
    stdout.println("Recording " + url + " — use the browser; close its window or press Ctrl-C to finish.");
    RecordService.Saved saved = new RecordService(context.workspace().specStore())
        .recordUntilEnded(request, new PrintingListener(stdout));
    stdout.println((saved.replaced() ? "replaced " : "wrote ") + saved.spec().steps().size() + " steps to "
        + saved.file());
    return ArgusCommand.OK;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /** Prints each recorded step the moment it arrives, so the terminal mirrors the browser. */
  private record PrintingListener(PrintWriter out) implements RecordingListener {
    @Override
    public void stepAdded(int index, Step step) {
      out.println(String.format("  + %3d  %s", index + 1, step.title()));
    }

    @Override
    public void stepReplaced(int index, Step step) {
      out.println(String.format("  ~ %3d  %s", index + 1, step.title()));
    }
  }

  /** Device preset names for help and completion. */
  static final class DeviceNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Arrays.stream(DevicePreset.values()).map(DevicePreset::presetName).iterator();
    }
  }
}
