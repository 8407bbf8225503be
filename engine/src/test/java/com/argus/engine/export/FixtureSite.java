package com.argus.engine.export;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * The fixture web app exported tests run against, on 127.0.0.1: a sign-in form, a product list with
 * a confirm dialog, widgets (nested iframes, popup, upload, drag list, prompt, shadow DOM) and an
 * echo page whose {@code POST /echo} records exactly what the browser sent.
 */
final class FixtureSite implements AutoCloseable {
  private final HttpServer server;
  private final List<String> echoes = Collections.synchronizedList(new ArrayList<>());

  FixtureSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  List<String> echoes() {
    synchronized (echoes) {
      return List.copyOf(echoes);
    }
  }

  void clearEchoes() {
    echoes.clear();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      if (path.equals("/echo") && ex.getRequestMethod().equals("POST")) {
        echoes.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        send(ex, 204, null, null);
        return;
      }
      String name = path.equals("/") ? "login.html" : path.substring(1);
      if (name.contains("..") || name.contains("/")) {
        send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        return;
      }
      try (InputStream in = FixtureSite.class.getResourceAsStream("/export/site/" + name)) {
        if (in == null) {
          send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        } else {
          send(ex, 200, "text/html; charset=utf-8", in.readAllBytes());
        }
      }
    }
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    if (type != null) {
      ex.getResponseHeaders().set("Content-Type", type);
    }
    ex.sendResponseHeaders(status, body == null ? -1 : body.length);
    if (body != null) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
