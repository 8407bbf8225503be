package com.argus.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo shop ("Argus Shop") that browser tests and first-time users record against: the
 * static pages of two releases of the same web app, {@code v1} and {@code v2}, plus a few JSON
 * endpoints, served on 127.0.0.1 only. Both releases answer on the same URLs, and
 * {@link #useVersion(String)} switches between them while the server runs, so a test can be
 * recorded on v1 and replayed (and healed) on v2 against the same base URL. The pages, their ids
 * and test ids and every v1 → v2 change are described in {@code docs/demo-app.md}.
 *
 * <p>Thread-safe: requests are handled on a small pool of daemon threads; {@link #useVersion}
 * and {@link #close} may be called from any thread, and a version switch applies to the next
 * request.
 */
public final class DemoServer implements AutoCloseable {
  /** The releases the server can serve. */
  public static final List<String> VERSIONS = List.of("v1", "v2");

  private static final Logger LOG = LoggerFactory.getLogger(DemoServer.class);
  private static final String RESOURCE_ROOT = "com/argus/demo/";
  private static final int THREADS = 8;
  private static final AtomicInteger SERVER_COUNT = new AtomicInteger();

  // Only these extensions are served: a path without one is a directory or something we never
  // meant to publish (class files live on the same classpath).
  private static final Map<String, String> CONTENT_TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "json", "application/json; charset=utf-8",
      "png", "image/png",
      "svg", "image/svg+xml",
      "ico", "image/x-icon",
      "txt", "text/plain; charset=utf-8");

  private final HttpServer server;
  private final ExecutorService executor;
  private final URI baseUri;
  private final DemoApi api = new DemoApi();
  // Only resources that exist are cached, so probing random paths cannot grow it.
  private final Map<String, byte[]> resourceCache = new ConcurrentHashMap<>();
  private volatile String version;

  private DemoServer(HttpServer server, ExecutorService executor, String version) {
    this.server = server;
    this.executor = executor;
    this.version = version;
    this.baseUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /**
   * Starts the demo app on 127.0.0.1.
   *
   * @param version {@code "v1"} or {@code "v2"}
   * @param port the port to listen on, or 0 for a free ephemeral port (see {@link #port()})
   * @throws IllegalArgumentException if the version is unknown
   * @throws DemoPortTakenException if the port cannot be bound
   */
  public static DemoServer start(String version, int port) {
    requireKnown(version);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    int serverNo = SERVER_COUNT.incrementAndGet();
    ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads(serverNo));
    HttpServer http;
    try {
      http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    } catch (IOException e) {
      executor.shutdownNow();
      throw new DemoPortTakenException(port, e);
    }
    DemoServer demo = new DemoServer(http, executor, version);
    http.createContext("/", demo::handle);
    http.setExecutor(executor);
    http.start();
    LOG.info("Demo app {} serving at {}", version, demo.baseUri);
    return demo;
  }

  /** The base URL, e.g. {@code http://127.0.0.1:54321/}; pages resolve against it. */
  public URI baseUri() {
    return baseUri;
  }

  /** The port actually bound (useful after starting on port 0). */
  public int port() {
    return baseUri.getPort();
  }

  /** The release currently served, {@code "v1"} or {@code "v2"}. */
  public String version() {
    return version;
  }

  /**
   * Serves another release from the next request on, on the same URLs.
   *
   * @throws IllegalArgumentException if the version is unknown
   */
  public void useVersion(String newVersion) {
    requireKnown(newVersion);
    String old = version;
    version = newVersion;
    if (!old.equals(newVersion)) {
      LOG.info("Demo app at {} switched from {} to {}", baseUri, old, newVersion);
    }
  }

  /** Stops listening and ends the worker threads; requests in flight are cut off. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    LOG.debug("Demo app at {} stopped", baseUri);
  }

  private static void requireKnown(String version) {
    if (!VERSIONS.contains(version)) {
      throw new IllegalArgumentException("unknown demo app version '" + version
          + "', expected one of " + VERSIONS);
    }
  }

  private static ThreadFactory daemonThreads(int serverNo) {
    AtomicInteger threadNo = new AtomicInteger();
    return task -> {
      // Daemon threads: a test that forgets close() must not keep the JVM alive.
      Thread thread = new Thread(task, "demo-server-" + serverNo + "-" + threadNo.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      LOG.debug("{} {}", method, exchange.getRequestURI());
      try {
        if (path == null || path.isEmpty() || path.equals("/")) {
          exchange.getResponseHeaders().set("Location", "/login.html");
          send(exchange, 302, "text/plain; charset=utf-8", bytes("See /login.html"));
        } else if (path.startsWith("/api/")) {
          DemoApi.Response response = api.handle(path, exchange);
          send(exchange, response.status(), DemoApi.JSON_TYPE, response.body());
        } else {
          serveStatic(exchange, path, method);
        }
      } catch (RuntimeException e) {
        LOG.warn("Demo app failed on {} {}", method, exchange.getRequestURI(), e);
        send(exchange, 500, "text/plain; charset=utf-8", bytes("Internal error"));
      }
    }
  }

  private void serveStatic(HttpExchange exchange, String path, String method) throws IOException {
    if (!method.equals("GET") && !method.equals("HEAD")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      send(exchange, 405, "text/plain; charset=utf-8", bytes("Method not allowed"));
      return;
    }
    String current = version;
    Optional<String> resource = resourceName(current, path);
    Optional<byte[]> body = resource.flatMap(this::load);
    if (body.isEmpty()) {
      send(exchange, 404, "text/html; charset=utf-8", bytes(
          "<!doctype html><title>Not found</title><h1>404 Not found</h1>"));
      return;
    }
    send(exchange, 200, CONTENT_TYPES.get(extension(path)), body.get());
  }

  /**
   * Maps a decoded request path to a classpath resource inside the version's folder, or empty
   * when the path could leave that folder or names something that is not a page asset.
   */
  static Optional<String> resourceName(String version, String path) {
    if (!path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0
        || path.indexOf(':') >= 0) {
      return Optional.empty();
    }
    for (String segment : path.substring(1).split("/", -1)) {
      // Dot segments and hidden names are refused outright rather than normalised, so nothing
      // can climb out of the version folder however it is encoded.
      if (segment.isEmpty() || segment.startsWith(".")) {
        return Optional.empty();
      }
    }
    if (!CONTENT_TYPES.containsKey(extension(path))) {
      return Optional.empty();
    }
    return Optional.of(RESOURCE_ROOT + version + path);
  }

  private Optional<byte[]> load(String resource) {
    return Optional.ofNullable(resourceCache.computeIfAbsent(resource, name -> {
      ClassLoader loader = DemoServer.class.getClassLoader();
      try (InputStream in = loader.getResourceAsStream(name)) {
        return in == null ? null : in.readAllBytes();
      } catch (IOException e) {
        LOG.warn("Could not read demo app resource {}", name, e);
        return null;
      }
    }));
  }

  private static String extension(String path) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    return dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    noCache(exchange);
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
  }

  private static void noCache(HttpExchange exchange) {
    // A browser must never show v1 from its cache after useVersion("v2").
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
