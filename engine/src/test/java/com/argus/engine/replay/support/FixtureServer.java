package com.argus.engine.replay.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;

/** The fixture app (src/test/resources/fixture-app) on 127.0.0.1, started once per JVM. */
public final class FixtureServer {
  private static HttpServer server;

  private FixtureServer() {}

  public static synchronized String baseUrl() {
    if (server == null) {
      try {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server.createContext("/", exchange -> {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/")) {
          path = "/login.html";
        }
        try (InputStream in = FixtureServer.class.getResourceAsStream("/fixture-app" + path)) {
          if (in == null) {
            exchange.sendResponseHeaders(404, -1);
          } else {
            byte[] body = in.readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", path.endsWith(".html") ? "text/html; charset=utf-8" : "text/plain");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
          }
        } finally {
          exchange.close();
        }
      });
      server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "fixture-http");
        t.setDaemon(true);
        return t;
      }));
      server.start();
    }
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }
}
