package com.argus.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo app's JSON endpoints: the product catalogue, a deliberately slow endpoint and a
 * multipart upload that reports what it received. The same in v1 and v2.
 *
 * <p>Thread-safe: stateless apart from immutable data.
 */
final class DemoApi {
  static final String JSON_TYPE = "application/json; charset=utf-8";
  static final int MAX_SLOW_MS = 10_000;
  static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** A product as {@code /api/products} returns it. */
  record Product(String id, String name, String category, BigDecimal price, String description) {
    Product(String id, String name, String category, String price, String description) {
      this(id, name, category, new BigDecimal(price), description);
    }
  }

  // Searching "lamp" finds one product and "chair" two; the spec examples count on it.
  static final List<Product> PRODUCTS = List.of(
      new Product("p-101", "Laptop", "Electronics", "1199.00", "14-inch, 16 GB memory, 512 GB SSD."),
      new Product("p-102", "Wireless Mouse", "Electronics", "29.99", "Quiet clicks, two-year battery."),
      new Product("p-103", "Mechanical Keyboard", "Electronics", "89.00", "Tactile switches, US layout."),
      new Product("p-104", "USB-C Hub", "Electronics", "39.50", "Seven ports including HDMI."),
      new Product("p-105", "Noise-Cancelling Headphones", "Electronics", "249.00", "Over-ear, 30 hours."),
      new Product("p-106", "Desk Lamp", "Home", "34.90", "Dimmable LED with USB charging."),
      new Product("p-107", "Office Chair", "Furniture", "219.00", "Adjustable lumbar support."),
      new Product("p-108", "Armchair", "Furniture", "349.00", "Wool upholstery, oak legs."),
      new Product("p-109", "Standing Desk", "Furniture", "499.00", "Electric, 70 to 120 cm."),
      new Product("p-110", "Coffee Mug", "Kitchen", "12.50", "Stoneware, 350 ml."),
      new Product("p-111", "French Press", "Kitchen", "27.00", "Borosilicate glass, 1 litre."),
      new Product("p-112", "Fountain Pen", "Stationery", "45.00", "Steel nib, refillable."));

  /** A status and a JSON body. */
  record Response(int status, byte[] body) {}

  Response handle(String path, HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    switch (path) {
      case "/api/products":
        return method.equals("GET") || method.equals("HEAD")
            ? json(200, PRODUCTS) : methodNotAllowed(exchange, "GET");
      case "/api/slow":
        return method.equals("GET") || method.equals("HEAD")
            ? slow(exchange.getRequestURI().getRawQuery()) : methodNotAllowed(exchange, "GET");
      case "/api/upload":
        return method.equals("POST") ? upload(exchange) : methodNotAllowed(exchange, "POST");
      default:
        return error(404, "No such endpoint: " + path);
    }
  }

  private Response slow(String rawQuery) {
    String ms = queryParameter(rawQuery, "ms").orElse("1000");
    long delay;
    try {
      delay = Long.parseLong(ms.trim());
    } catch (NumberFormatException e) {
      return error(400, "ms must be a whole number of milliseconds");
    }
    delay = Math.max(0, Math.min(MAX_SLOW_MS, delay));
    long started = System.nanoTime();
    try {
      Thread.sleep(delay);
    } catch (InterruptedException e) {
      // The server is closing; answer anyway so the exchange is not left hanging.
      Thread.currentThread().interrupt();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("delayMs", delay);
    body.put("tookMs", (System.nanoTime() - started) / 1_000_000);
    body.put("message", "Slow content loaded");
    return json(200, body);
  }

  private Response upload(HttpExchange exchange) throws IOException {
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    Optional<String> boundary = MultipartForm.boundary(contentType);
    if (boundary.isEmpty()) {
      return error(400, "Expected multipart/form-data with a boundary");
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_UPLOAD_BYTES + 1);
    }
    if (body.length > MAX_UPLOAD_BYTES) {
      return error(413, "The file is larger than " + (MAX_UPLOAD_BYTES / (1024 * 1024)) + " MB");
    }
    List<MultipartForm.Part> parts;
    try {
      parts = MultipartForm.parse(body, boundary.get());
    } catch (IllegalArgumentException e) {
      return error(400, "Malformed multipart body: " + e.getMessage());
    }
    Optional<MultipartForm.Part> file = parts.stream()
        .filter(p -> p.fileName() != null && !p.fileName().isEmpty())
        .findFirst();
    if (file.isEmpty()) {
      return error(400, "No file in the upload");
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("name", file.get().fileName());
    result.put("size", file.get().size());
    result.put("contentType", file.get().contentType());
    result.put("field", file.get().name());
    return json(200, result);
  }

  private static Optional<String> queryParameter(String rawQuery, String name) {
    if (rawQuery == null) {
      return Optional.empty();
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      if (key.equals(name)) {
        return Optional.of(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return Optional.empty();
  }

  private static Response methodNotAllowed(HttpExchange exchange, String allowed) {
    exchange.getResponseHeaders().set("Allow", allowed);
    return error(405, "Use " + allowed);
  }

  private static Response error(int status, String message) {
    return json(status, Map.of("error", message));
  }

  private static Response json(int status, Object value) {
    try {
      return new Response(status, JSON.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
