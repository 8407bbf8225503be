package com.argus.engine.heal;

import com.argus.engine.spec.ElementFingerprint;
import com.argus.engine.spec.Locator;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The keys the knowledge base and the proposals are looked up by. Stable across versions: they are
 * stored.
 *
 * <p>Stateless; thread-safe.
 */
public final class HealingKeys {
  private HealingKeys() {}

  /** The knowledge-base key of (broken locator, failure type, page). */
  public static String patternKey(Locator broken, FailureType failureType, String page) {
    return sha256(broken.describe() + "\n" + failureType.fileName() + "\n" + pageOf(page));
  }

  /**
   * The key of an element's identity for rejections: its stable properties, not its position or
   * size (which change with every layout).
   */
  public static String fingerprintKey(ElementFingerprint f) {
    if (f == null) {
      return sha256("");
    }
    return sha256(String.join("\n", s(f.tag()), s(f.id()), s(f.name()), s(f.testid()), s(f.role()), s(f.accessibleName()),
        s(f.visibleText()), s(f.placeholder()), s(f.xpath())));
  }

  /** A URL without query and fragment: the page, not one visit of it. */
  public static String pageOf(String url) {
    if (url == null) {
      return "";
    }
    try {
      URI u = URI.create(url);
      return new URI(u.getScheme(), u.getAuthority(), u.getPath(), null, null).toString();
    } catch (IllegalArgumentException | java.net.URISyntaxException e) {
      int cut = url.indexOf('?');
      int hash = url.indexOf('#');
      int end = cut >= 0 ? cut : hash >= 0 ? hash : url.length();
      return url.substring(0, end);
    }
  }

  private static String s(String v) {
    return v == null ? "" : v;
  }

  private static String sha256(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
