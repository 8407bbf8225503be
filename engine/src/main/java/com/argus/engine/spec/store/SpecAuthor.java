package com.argus.engine.spec.store;

import java.util.Objects;

/**
 * Who saved a version of a spec: a person (by user name), the recorder, the healer or an import.
 * The store keeps {@link #name()} as the version's author. Immutable.
 */
public record SpecAuthor(Kind kind, String name) {
  /** What kind of author saved a version. */
  public enum Kind {
    PERSON, RECORDER, HEALER, IMPORT
  }

  public static final SpecAuthor RECORDER = new SpecAuthor(Kind.RECORDER, "recorder");
  public static final SpecAuthor HEALER = new SpecAuthor(Kind.HEALER, "healer");
  public static final SpecAuthor IMPORT = new SpecAuthor(Kind.IMPORT, "import");

  public SpecAuthor {
    Objects.requireNonNull(kind, "kind");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an author needs a name");
    }
  }

  /** A person, by the user name they work under. */
  public static SpecAuthor person(String userName) {
    return new SpecAuthor(Kind.PERSON, userName == null || userName.isBlank() ? "argus" : userName);
  }
}
