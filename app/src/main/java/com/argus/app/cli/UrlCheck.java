package com.argus.app.cli;

import com.argus.engine.ArgusException;
import java.net.URI;
import java.net.URISyntaxException;

/** Checks URLs typed on the command line, so a typo is caught before a browser starts. */
final class UrlCheck {
  private UrlCheck() {}

  static URI requireHttpUrl(String value, String option) {
    try {
      URI uri = new URI(value);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below with the expected form
    }
    throw new ArgusException(option + " '" + value + "' is not an http(s) URL; expected e.g. http://127.0.0.1:8080/");
  }
}
