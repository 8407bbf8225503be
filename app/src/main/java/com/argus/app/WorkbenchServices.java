package com.argus.app;

import com.argus.app.common.Work;
import com.argus.app.specs.SampleProject;
import com.argus.demo.DemoPortTakenException;
import com.argus.demo.DemoServer;
import com.argus.engine.ArgusException;
import com.argus.store.ArgusHome;
import com.argus.store.Workspace;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the workbench holds open while it runs: the workspace of the Argus home and the bundled
 * demo shop the sample project points at. Opened once, off the FX thread, by the composition root;
 * closed when the window closes.
 *
 * <p>Thread-safe to close from any thread; the fields are final.
 */
final class WorkbenchServices implements AutoCloseable {
  /** The port the demo shop prefers, so the sample project's URL stays the same between starts. */
  static final int DEMO_PORT = 8765;
  private static final Logger LOG = LoggerFactory.getLogger(WorkbenchServices.class);

  final Workspace workspace;
  /** The demo shop, or null when no project uses it. */
  final DemoServer demo;

  private WorkbenchServices(Workspace workspace, DemoServer demo) {
    this.workspace = workspace;
    this.demo = demo;
  }

  /**
   * Opens the workspace, creates the sample project on first start and serves the demo shop for it.
   * Blocking.
   *
   * @param demoPort the preferred port of the demo shop; any free one when it is taken
   * @throws ArgusException when the home cannot be opened (in use by another Argus process, not
   *     writable, written by a newer Argus); nothing is left open then
   */
  static WorkbenchServices open(ArgusHome home, Path examples, int demoPort, Work.Progress progress) throws Exception {
    progress.update(-1, "Opening the workspace in " + home.dir() + "…");
    Workspace workspace = Workspace.open(home);
    DemoServer demo = null;
    try {
      boolean firstStart = workspace.projects().list().isEmpty();
      if (firstStart || SampleProject.anyUsesDemo(workspace)) {
        progress.update(-1, "Starting the demo shop…");
        demo = startDemo(demoPort);
        String url = demo.baseUri().toString();
        if (firstStart) {
          SampleProject.ensure(workspace, examples, url);
        } else {
          SampleProject.followDemo(workspace, url);
        }
      }
      return new WorkbenchServices(workspace, demo);
    } catch (Exception | Error e) {
      if (demo != null) {
        demo.close();
      }
      workspace.close();
      throw e;
    }
  }

  private static DemoServer startDemo(int port) {
    try {
      return DemoServer.start("v1", port);
    } catch (DemoPortTakenException taken) {
      // Another workbench (of another home) or some other program holds the port: any free one
      // will do, the sample project follows it.
      LOG.info("demo shop port {} is taken, using a free one", port);
      return DemoServer.start("v1", 0);
    }
  }

  @Override
  public void close() {
    if (demo != null) {
      demo.close();
    }
    workspace.close();
  }
}
