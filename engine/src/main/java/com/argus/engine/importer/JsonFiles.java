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
  // Far above any real recording; keeps a runaway file from filling the memory.
  private static final long MAX_BYTES = 64L * 1024 * 1024;

  private JsonFiles() {}

  static String readText(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new ConfigurationException(file + ": not a regular file; import a recording saved as a .json or .side file");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new ConfigurationException(file + ": " + Files.size(file) / (1024 * 1024) + " MB is larger than the "
            + MAX_BYTES / (1024 * 1024) + " MB a recording may have; split it into smaller recordings");
      }
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
    if (url == null) {
      return null;
    }
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
}
