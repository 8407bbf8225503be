package com.argus.engine.importer;

import com.argus.engine.ConfigurationException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading recording files with located errors, and URL relativisation. Stateless. */
final class JsonFiles {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JsonFiles() {}

  static String readText(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigurationException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static JsonNode parse(String json, String label) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? label : label + ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new ConfigurationException(where + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  static ConfigurationException invalid(String label, JsonNode node, String message) {
    return new ConfigurationException(label + ": " + message);
  }

  /** The origin (scheme://host:port/) of an absolute URL, or null. */
  static String origin(String url) {
    try {
      URI uri = URI.create(url);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return null;
      }
      return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + "/";
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The URL relative to the base when it has the base's origin ({@code /path?query#fragment}); else as it is. */
  static String relativeTo(String base, String url) {
    if (base == null || url == null || !url.startsWith(base)) {
      return url;
    }
    return "/" + url.substring(base.length());
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
