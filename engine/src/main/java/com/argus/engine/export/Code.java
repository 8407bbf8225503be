package com.argus.engine.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of generated code with indentation, two spaces a level.
 *
 * <p>Not thread-safe.
 */
final class Code {
  private final List<String> lines = new ArrayList<>();
  private int level;

  Code(int level) {
    this.level = level;
  }

  Code line(String text) {
    lines.add(text.isEmpty() ? "" : "  ".repeat(level) + text);
    return this;
  }

  Code blank() {
    if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
      lines.add("");
    }
    return this;
  }

  Code open(String text) {
    line(text);
    level++;
    return this;
  }

  Code close(String text) {
    level--;
    return line(text);
  }

  int level() {
    return level;
  }

  /** Appends another block's lines as they are (it was built at the right level). */
  Code append(Code other) {
    lines.addAll(other.lines);
    return this;
  }

  /** Appends another block's lines as {@code //} comments, keeping their indentation. */
  Code appendCommented(Code other) {
    String indent = "  ".repeat(level);
    for (String l : other.lines) {
      String body = l.startsWith(indent) ? l.substring(indent.length()) : l.strip();
      lines.add(indent + "// " + body);
    }
    return this;
  }

  boolean isEmpty() {
    return lines.isEmpty();
  }

  @Override
  public String toString() {
    return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
  }
}
