package com.argus.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DemoServerIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ASSET_LINK = Pattern.compile("(?:src|href)=\"(/[^\"]+\\.(css|js|svg))\"");
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();
  private DemoServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  static Stream<Arguments> pages() {
    return Stream.of("v1", "v2").flatMap(v -> Stream.of(
        Arguments.of(v, "/login.html", List.of("Username", "Password", "Remember me",
            v.equals("v1") ? ">Sign in</button>" : ">Log in</button>")),
        Arguments.of(v, "/products.html", List.of("placeholder=\"Search products\"", "Category",
            "data-testid=\"cart-count\"", v.equals("v1") ? "View cart" : "View basket")),
        Arguments.of(v, "/cart.html", List.of("Your cart", "from cart?", "Checkout")),
        Arguments.of(v, "/checkout.html", List.of("Full name", "Email", "Country", "Germany",
            "I accept the terms", "Place order", "Order placed", "role=\"dialog\"", "aria-modal=\"true\"",
            "Email is invalid", "You must accept the terms")),
        Arguments.of(v, "/widgets.html", List.of("role=\"tablist\"", "name=\"payment\"",
            "title=\"Payment form\"", "<rating-widget", "type=\"file\"", "draggable=\"true\"",
            "target=\"_blank\"", "Open popup", "Load slow section", "contenteditable=\"true\"",
            "Double-click me", "Right-click me", "Rename", "Ask a question")),
        Arguments.of(v, "/frame.html", List.of("placeholder=\"Card number\"", "frame-inner.html", "Paid")),
        Arguments.of(v, "/frame-inner.html", List.of("Inner button")),
        Arguments.of(v, "/popup.html", List.of("<title>Popup page", "Popup page"))));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pages")
  void servesEveryPageOfBothVersions(String version, String path, List<String> expected)
      throws Exception {
    server = DemoServer.start(version, 0);
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.body()).contains(expected);
    assertThat(response.body()).doesNotContainPattern("(?i)(src|href)=\"(https?:)?//");
  }

  @ParameterizedTest
  @ValueSource(strings = {"v1", "v2"})
  void everyAssetAPageLinksToIsServedWithItsContentType(String version) throws Exception {
    server = DemoServer.start(version, 0);
    Map<String, String> types = Map.of("css", "text/css; charset=utf-8",
        "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml");
    for (String page : List.of("/login.html", "/widgets.html")) {
      Matcher links = ASSET_LINK.matcher(get(page).body());
      int found = 0;
      while (links.find()) {
        found++;
        HttpResponse<String> asset = get(links.group(1));
        assertThat(asset.statusCode()).as(links.group(1)).isEqualTo(200);
        assertThat(asset.headers().firstValue("Content-Type")).hasValue(types.get(links.group(2)));
      }
      assertThat(found).as("assets linked from " + page).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void rootRedirectsToTheLoginPage() throws Exception {
    server = DemoServer.start("v1", 0);
    HttpResponse<String> response = get("/");
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location")).hasValue("/login.html");
  }

  @Test
  void headAnswersWithoutABody() throws Exception {
    server = DemoServer.start("v1", 0);
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(server.baseUri().resolve("/login.html"))
            .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/missing.html", "/assets/app.7f3a2c.css", "/login", "/v1/login.html", "/DemoServer.class"})
  void unknownPathsAre404(String path) throws Exception {
    server = DemoServer.start("v1", 0);
    assertThat(get(path).statusCode()).isEqualTo(404);
  }

  @Test
  void postingToAPageIsRefused() throws Exception {
    server = DemoServer.start("v1", 0);
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(server.baseUri().resolve("/login.html"))
            .POST(HttpRequest.BodyPublishers.ofString("x")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(405);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/../pom.xml", "/../../../../pom.xml", "/%2e%2e/pom.xml", "/..%2fpom.xml", "/../v2/login.html",
      "/./login.html", "//etc/passwd", "/..\\pom.xml", "/../../com/argus/demo/DemoServer.class"})
  void pathsThatTryToLeaveTheVersionFolderAre404(String path) throws Exception {
    server = DemoServer.start("v1", 0);
    // A raw socket, so no client library normalises the path before the server sees it. The JDK
    // server itself answers 400 to a request target it cannot parse (the backslash).
    String expected = path.contains("\\") ? "HTTP/1\\.1 40[04] .*" : "HTTP/1\\.1 404 .*";
    assertThat(rawStatusLine(path)).matches(expected);
  }

  @Test
  void traversalThroughHttpClientIs404Too() throws Exception {
    server = DemoServer.start("v1", 0);
    URI uri = URI.create(server.baseUri() + "../pom.xml");
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("<project");
  }

  @Test
  void productsApiListsTwelveProducts() throws Exception {
    server = DemoServer.start("v2", 0);
    HttpResponse<String> response = get("/api/products");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    JsonNode products = JSON.readTree(response.body());
    assertThat(products).hasSize(12);
    JsonNode laptop = products.get(0);
    assertThat(laptop.get("id").asText()).isEqualTo("p-101");
    assertThat(laptop.get("name").asText()).isEqualTo("Laptop");
    assertThat(laptop.get("category").asText()).isEqualTo("Electronics");
    assertThat(laptop.get("price").decimalValue()).isEqualByComparingTo("1199.00");
    assertThat(names(products, "lamp")).containsExactly("Desk Lamp");
    assertThat(names(products, "chair")).containsExactly("Office Chair", "Armchair");
  }

  @Test
  void uploadReportsTheFileNameAndSize() throws Exception {
    server = DemoServer.start("v1", 0);
    byte[] file = new byte[1234];
    for (int i = 0; i < file.length; i++) {
      file[i] = (byte) i; // includes CR, LF and '-' bytes, which must not confuse the parser
    }
    String boundary = "----ArgusBoundary7MA4YWxkTrZu0gW";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"note\"\r\n\r\n"
        + "hello\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"rapport été.pdf\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(file);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(server.baseUri().resolve("/api/upload"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode result = JSON.readTree(response.body());
    assertThat(result.get("name").asText()).isEqualTo("rapport été.pdf");
    assertThat(result.get("size").asInt()).isEqualTo(1234);
    assertThat(result.get("contentType").asText()).isEqualTo("application/pdf");
    assertThat(result.get("field").asText()).isEqualTo("file");
  }

  @Test
  void uploadWithoutAFileIsABadRequest() throws Exception {
    server = DemoServer.start("v1", 0);
    String boundary = "b0undary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhi\r\n--"
        + boundary + "--\r\n";
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(server.baseUri().resolve("/api/upload"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo("No file in the upload");

    HttpResponse<String> notMultipart = http.send(
        HttpRequest.newBuilder(server.baseUri().resolve("/api/upload"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(notMultipart.statusCode()).isEqualTo(400);
    assertThat(get("/api/upload").statusCode()).isEqualTo(405);
  }

  @Test
  void slowApiAnswersAfterTheDelay() throws Exception {
    server = DemoServer.start("v1", 0);
    long started = System.nanoTime();
    HttpResponse<String> response = get("/api/slow?ms=400");
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(tookMs).isBetween(400L, 5_000L);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("delayMs").asLong()).isEqualTo(400);
    assertThat(body.get("message").asText()).isEqualTo("Slow content loaded");

    assertThat(JSON.readTree(get("/api/slow?ms=-5").body()).get("delayMs").asLong()).isZero();
    assertThat(get("/api/slow?ms=soon").statusCode()).isEqualTo(400);
    assertThat(get("/api/nothing").statusCode()).isEqualTo(404);
  }

  @Test
  void slowRequestsDoNotHoldUpOtherRequests() throws Exception {
    server = DemoServer.start("v1", 0);
    CompletableFuture<HttpResponse<String>> slow = http.sendAsync(
        HttpRequest.newBuilder(server.baseUri().resolve("/api/slow?ms=1500")).build(),
        HttpResponse.BodyHandlers.ofString());
    long started = System.nanoTime();
    assertThat(get("/login.html").statusCode()).isEqualTo(200);
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1_000);
    assertThat(slow.get().statusCode()).isEqualTo(200);
  }

  @Test
  void useVersionSwitchesTheServedReleaseOnTheSameUrl() throws Exception {
    server = DemoServer.start("v1", 0);
    URI before = server.baseUri();
    assertThat(get("/login.html").body()).contains(">Sign in</button>").doesNotContain(">Log in</button>");
    assertThat(get("/app.css").statusCode()).isEqualTo(200);

    server.useVersion("v2");
    assertThat(server.version()).isEqualTo("v2");
    assertThat(server.baseUri()).isEqualTo(before);
    String v2 = get("/login.html").body();
    assertThat(v2).contains(">Log in</button>", "id=\"btn-7f3a2c\"", "Sign in with SSO")
        .doesNotContain("id=\"login-btn\"");
    assertThat(get("/app.css").statusCode()).isEqualTo(404);

    server.useVersion("v1");
    assertThat(get("/login.html").body()).contains("id=\"login-btn\"");
  }

  @Test
  void baseUriIsLoopbackWithTheBoundPort() {
    server = DemoServer.start("v1", 0);
    assertThat(server.port()).isPositive();
    assertThat(server.baseUri()).isEqualTo(URI.create("http://127.0.0.1:" + server.port() + "/"));
  }

  @Test
  void aPortInUseIsReportedForTheUser() {
    server = DemoServer.start("v1", 0);
    assertThatThrownBy(() -> DemoServer.start("v1", server.port()))
        .isInstanceOf(DemoPortTakenException.class)
        .hasMessageContaining("port " + server.port())
        .hasMessageContaining("Choose another port");
  }

  @Test
  void unknownVersionsAreRejected() {
    assertThatThrownBy(() -> DemoServer.start("v3", 0)).isInstanceOf(IllegalArgumentException.class);
    server = DemoServer.start("v1", 0);
    assertThatThrownBy(() -> server.useVersion("V2")).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.version()).isEqualTo("v1");
  }

  @Test
  void closeStopsListening() throws Exception {
    server = DemoServer.start("v1", 0);
    URI login = server.baseUri().resolve("/login.html");
    server.close();
    server = null;
    assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(login).timeout(Duration.ofSeconds(2)).build(),
        HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(server.baseUri().resolve(path))
            .timeout(Duration.ofSeconds(15)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String rawStatusLine(String path) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      assertThat(response).doesNotContain("<project");
      return response.lines().findFirst().orElse("");
    }
  }

  private static List<String> names(JsonNode products, String term) {
    return Stream.of(JSON.convertValue(products, JsonNode[].class))
        .map(p -> p.get("name").asText())
        .filter(n -> n.toLowerCase().contains(term))
        .toList();
  }
}
