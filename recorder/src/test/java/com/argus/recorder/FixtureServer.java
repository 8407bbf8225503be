package com.argus.recorder;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Serves the test pages under {@code src/test/resources/fixtures} on 127.0.0.1. As a JUnit
 * extension ({@code @RegisterExtension static final FixtureServer server = FixtureServer.serving();})
 * it stops after the test class.
 */
final class FixtureServer implements AutoCloseable, AfterAllCallback {
  private final HttpServer server;

  FixtureServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      if (path.equals("/")) {
        path = "/form.html";
      }
      try (InputStream in = FixtureServer.class.getResourceAsStream("/fixtures" + path)) {
        if (in == null) {
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
          return;
        }
        byte[] body = in.readAllBytes();
        exchange.getResponseHeaders().add("Content-Type", path.endsWith(".html") ? "text/html; charset=utf-8" : "text/plain");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    });
    server.start();
  }

  /** A started server, for a static field. */
  static FixtureServer serving() {
    try {
      return new FixtureServer();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
