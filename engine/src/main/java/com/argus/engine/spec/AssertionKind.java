package com.argus.engine.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** What an {@code assert} step checks. */
public enum AssertionKind {
  VISIBLE(true, false),
  HIDDEN(true, false),
  TEXT(true, true),
  VALUE(true, true),
  CHECKED(true, false),
  COUNT(true, true),
  ATTRIBUTE(true, true),
  URL(false, true),
  TITLE(false, true);

  private final boolean needsTarget;
  private final boolean needsExpected;

  AssertionKind(boolean needsTarget, boolean needsExpected) {
    this.needsTarget = needsTarget;
    this.needsExpected = needsExpected;
  }

  public boolean needsTarget() {
    return needsTarget;
  }

  public boolean needsExpected() {
    return needsExpected;
  }

  @JsonValue
  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static AssertionKind fromFileName(String name) {
    return Arrays.stream(values())
        .filter(k -> k.fileName().equals(name == null ? "" : name.trim().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(name));
  }
}
