package com.argus.recorder.convert;

/**
 * The digest recorder.js sends with a fill ({@code valueDigest}), computed the same way here, bit
 * for bit: two salted 53-bit hashes (cyrb53) in base 36. It lets the recorder tell that a text is a
 * secret's value without the page ever sending the secret. A comparison aid, not protection: it is
 * salted per recording, held in memory and never written.
 *
 * <p>Immutable and thread-safe.
 */
public final class ValueDigest {
  /** Values shorter than this get no digest: they would match ordinary words. */
  static final int MIN_LENGTH = 4;
  private final int salt;

  public ValueDigest(int salt) {
    this.salt = salt;
  }

  public int salt() {
    return salt;
  }

  /** The digest of {@code value}, or null when it is too short to have one. */
  public String of(String value) {
    if (value == null || value.length() < MIN_LENGTH) {
      return null;
    }
    return hash(value, salt) + "." + hash(value, salt ^ 0x5bd1e995);
  }

  private static String hash(String v, int seed) {
    int h1 = 0xdeadbeef ^ seed;
    int h2 = 0x41c6ce57 ^ seed;
    for (int i = 0; i < v.length(); i++) {
      int ch = v.charAt(i);
      h1 = (h1 ^ ch) * (int) 2654435761L;
      h2 = (h2 ^ ch) * 1597334677;
    }
    h1 = ((h1 ^ (h1 >>> 16)) * (int) 2246822507L) ^ ((h2 ^ (h2 >>> 13)) * (int) 3266489909L);
    h2 = ((h2 ^ (h2 >>> 16)) * (int) 2246822507L) ^ ((h1 ^ (h1 >>> 13)) * (int) 3266489909L);
    long n = ((long) (h2 & 2097151) << 32) + (h1 & 0xffffffffL);
    return Long.toString(n, 36);
  }
}
