package com.argus.engine.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a step does. The file spells each one in lower case with underscores, e.g. {@code switch_frame}. */
public enum Action {
  NAVIGATE(false),
  BACK(false),
  FORWARD(false),
  RELOAD(false),
  CLICK(true),
  DBLCLICK(true),
  RIGHTCLICK(true),
  FILL(true),
  TYPE(true),
  PRESS(false),
  SELECT(true),
  CHECK(true),
  UNCHECK(true),
  HOVER(true),
  DRAG(true),
  UPLOAD(true),
  SWITCH_FRAME(false),
  SWITCH_PAGE(false),
  CLOSE_PAGE(false),
  DIALOG(false),
  WAIT(false),
  ASSERT(false),
  /** A recording gap the recorder could not see into (cross-origin frame, closed shadow root, canvas). */
  WARNING(false);

  private final boolean needsTarget;

  Action(boolean needsTarget) {
    this.needsTarget = needsTarget;
  }

  /** Whether a step with this action is meaningless without an element target. */
  public boolean needsTarget() {
    return needsTarget;
  }

  @JsonValue
  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static Action fromFileName(String name) {
    return parse(name).orElseThrow(() -> new IllegalArgumentException(name));
  }

  public static Optional<Action> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String normal = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values()).filter(a -> a.fileName().equals(normal)).findFirst();
  }
}
