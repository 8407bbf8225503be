package com.argus.engine.replay.driver;

import com.argus.engine.spec.FrameRef;
import java.util.List;

/**
 * Where an element is looked for: a named page and the frame path inside it, outermost first.
 *
 * <p>Immutable.
 */
public record Scope(String page, List<FrameRef> frames) {
  public Scope {
    frames = frames == null ? List.of() : List.copyOf(frames);
  }

  public static Scope page(String page) {
    return new Scope(page, List.of());
  }

  public String describe() {
    StringBuilder s = new StringBuilder("page \"").append(page).append('"');
    frames.forEach(f -> s.append(" > ").append(f.describe()));
    return s.toString();
  }
}
