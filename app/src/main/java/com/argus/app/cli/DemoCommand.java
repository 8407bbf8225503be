package com.argus.app.cli;

import com.argus.demo.DemoPortTakenException;
import com.argus.demo.DemoServer;
import com.argus.engine.ArgusException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code argus demo}: serves the bundled demo shop on loopback until Ctrl-C, to record against. */
@Command(name = "demo", description = "Serve the bundled demo shop on 127.0.0.1 until Ctrl-C.")
final class DemoCommand implements Callable<Integer> {
  @Mixin CliContext context;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--app-version", defaultValue = "v1", paramLabel = "v1|v2",
      description = "v1, or v2: the same shop after a release that changed its markup (default: ${DEFAULT-VALUE}).")
  String version;

  @Override
  public Integer call() throws InterruptedException {
    if (!DemoServer.VERSIONS.contains(version)) {
      throw new ArgusException("--app-version '" + version + "' is unknown; expected one of: "
          + String.join(", ", DemoServer.VERSIONS));
    }
    DemoServer server;
    try {
      server = DemoServer.start(version, port);
    } catch (DemoPortTakenException e) {
      throw new ArgusException(e.getMessage(), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "argus-demo-stop"));
    context.out().println("Demo shop " + version + " at " + server.baseUri() + "login.html  (user demo, password demo123)");
    context.out().println("Record against it: argus record --url " + server.baseUri() + "login.html   Stop with Ctrl-C.");
    stopped.await();
    return ArgusCommand.OK;
  }
}
