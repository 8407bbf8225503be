package com.argus.engine.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One level of frame nesting, identified the way a person would recognise the frame: by its name,
 * its title, its src, or a selector for the iframe element. Never by index alone, because frame
 * order changes between releases.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "title", "src", "selector"})
public record FrameRef(String name, String title, String src, String selector) {
  public static FrameRef named(String name) {
    return new FrameRef(name, null, null, null);
  }

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isEmpty() {
    return name == null && title == null && src == null && selector == null;
  }

  /** A CSS selector for the iframe element in its parent document. */
  public String iframeSelector() {
    if (selector != null) {
      return selector;
    }
    if (name != null) {
      return "iframe[name=\"" + cssEscape(name) + "\"]";
    }
    if (title != null) {
      return "iframe[title=\"" + cssEscape(title) + "\"]";
    }
    return "iframe[src*=\"" + cssEscape(src) + "\"]";
  }

  public String describe() {
    if (name != null) {
      return "frame \"" + name + "\"";
    }
    if (title != null) {
      return "frame titled \"" + title + "\"";
    }
    return src != null ? "frame " + src : "frame " + selector;
  }

  private static String cssEscape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
