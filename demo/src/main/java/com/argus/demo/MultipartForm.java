package com.argus.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of {@code multipart/form-data} (RFC 7578) to read what a browser's file upload
 * sends: each part's field name, file name, content type and size.
 *
 * <p>Stateless; thread-safe.
 */
final class MultipartForm {
  private static final Pattern BOUNDARY =
      Pattern.compile("(?i)boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
  private static final Pattern NAME = Pattern.compile("(?i)(?:^|;)\\s*name=\"([^\"]*)\"");
  private static final Pattern FILE_NAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

  /** One part; {@code fileName} is null for an ordinary field. */
  record Part(String name, String fileName, String contentType, int size) {}

  private MultipartForm() {}

  static Optional<String> boundary(String contentType) {
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      return Optional.empty();
    }
    Matcher m = BOUNDARY.matcher(contentType);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
  }

  /**
   * Splits a body into parts.
   *
   * @throws IllegalArgumentException if the body does not follow the format
   */
  static List<Part> parse(byte[] body, String boundary) {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    int pos = indexOf(body, delimiter, 0);
    if (pos < 0) {
      throw new IllegalArgumentException("boundary not found");
    }
    pos += delimiter.length;
    List<Part> parts = new ArrayList<>();
    while (true) {
      if (startsWith(body, pos, new byte[] {'-', '-'})) {
        return parts;
      }
      // Tolerate transport padding between the delimiter and its line break.
      while (pos < body.length && (body[pos] == ' ' || body[pos] == '\t')) {
        pos++;
      }
      if (!startsWith(body, pos, CRLF)) {
        throw new IllegalArgumentException("no line break after a boundary");
      }
      pos += CRLF.length;
      int headersEnd = indexOf(body, HEADER_END, pos);
      if (headersEnd < 0) {
        throw new IllegalArgumentException("part headers not terminated");
      }
      // Browsers send file names as raw UTF-8 in the header.
      String headers = new String(body, pos, headersEnd - pos, StandardCharsets.UTF_8);
      int contentStart = headersEnd + HEADER_END.length;
      int contentEnd = indexOf(body, nextDelimiter, contentStart);
      if (contentEnd < 0) {
        throw new IllegalArgumentException("closing boundary not found");
      }
      parts.add(part(headers, contentEnd - contentStart));
      pos = contentEnd + nextDelimiter.length;
    }
  }

  private static Part part(String headers, int size) {
    String name = null;
    String fileName = null;
    String contentType = "text/plain";
    for (String line : headers.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      if (header.equals("content-disposition")) {
        Matcher n = NAME.matcher(value);
        name = n.find() ? n.group(1) : null;
        Matcher f = FILE_NAME.matcher(value);
        fileName = f.find() ? baseName(f.group(1).replace("%22", "\"")) : null;
      } else if (header.equals("content-type")) {
        contentType = value;
      }
    }
    return new Part(name, fileName, contentType, size);
  }

  private static String baseName(String fileName) {
    // Some old browsers send the whole client-side path.
    int cut = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    return fileName.substring(cut + 1);
  }

  private static boolean startsWith(byte[] data, int from, byte[] prefix) {
    if (from + prefix.length > data.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[from + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = from; i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
