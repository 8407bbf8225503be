package com.argus.store;

import com.argus.engine.ArgusException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A second Argus process for {@link HomeInUseIT}: opens the home given as argument, prints
 * {@code OPEN} (or {@code REFUSED <user message>}), holds it until stdin closes, then closes it.
 */
public final class HoldHomeMain {
  public static void main(String[] args) throws IOException {
    Workspace ws;
    try {
      ws = Workspace.open(ArgusHome.at(Path.of(args[0])));
    } catch (ArgusException e) {
      System.out.println("REFUSED " + e.userMessage());
      System.out.flush();
      System.exit(3);
      return;
    }
    System.out.println("OPEN");
    System.out.flush();
    while (System.in.read() >= 0) {
      // hold the home until the test closes our stdin
    }
    ws.close();
    System.out.println("CLOSED");
    System.out.flush();
  }
}
