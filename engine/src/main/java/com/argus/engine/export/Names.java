package com.argus.engine.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Identifiers for generated code, the same in both languages: spec variables and page names
 * become local variables that cannot clash with a keyword, a type or a name the generated code
 * itself uses ({@code page}, {@code dialog}, {@code row} ...). One instance per generated test.
 *
 * <p>Not thread-safe: it remembers the identifiers it has handed out.
 */
final class Names {
  private static final Set<String> RESERVED = Set.of(
      // Java keywords and literals
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
      "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
      "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
      "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
      "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
      "volatile", "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits", "_",
      // JavaScript / TypeScript keywords and globals
      "arguments", "await", "debugger", "delete", "export", "function", "in", "let", "typeof", "with",
      "undefined", "NaN", "Infinity", "eval", "async", "of", "any", "as", "declare", "is", "module",
      "namespace", "require", "type", "process", "console", "Number", "RegExp", "Promise",
      "__dirname", "__filename",
      // names the generated code uses
      "page", "context", "browser", "playwright", "test", "expect", "dialog", "row", "rows", "index",
      "path", "fs", "secret", "file", "setting", "browserPath");

  private final Set<String> used = new HashSet<>();

  /** A fresh identifier for {@code name}: lower-camel, never reserved, unique in this test. */
  String allocate(String name, String suffixWhenReserved) {
    StringBuilder s = new StringBuilder();
    for (char c : name.toCharArray()) {
      s.append(Character.isLetterOrDigit(c) && c < 128 || c == '_' ? c : '_');
    }
    String base = s.length() == 0 ? "value" : s.toString();
    if (Character.isDigit(base.charAt(0))) {
      base = "v" + base;
    }
    // Lower-case first letter: a local named like a type (Pattern, Paths) would shadow it in Java.
    base = base.substring(0, 1).toLowerCase(Locale.ROOT) + base.substring(1);
    if (RESERVED.contains(base)) {
      base = base + suffixWhenReserved;
    }
    String candidate = base;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = base + n;
    }
    return candidate;
  }

  /** Claims a fixed identifier (e.g. {@code page}) so nothing else gets it. */
  void claim(String identifier) {
    used.add(identifier);
  }

  /** {@code "Checkout with a saved card"} → {@code "checkoutWithASavedCard"}; never empty. */
  static String camel(String text, boolean upperFirst) {
    StringBuilder out = new StringBuilder();
    for (String word : text.split("[^A-Za-z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      boolean first = out.length() == 0;
      char head = first && !upperFirst ? Character.toLowerCase(word.charAt(0)) : Character.toUpperCase(word.charAt(0));
      out.append(head).append(word, 1, word.length());
    }
    String result = out.length() == 0 ? (upperFirst ? "Exported" : "exported") : out.toString();
    if (Character.isDigit(result.charAt(0))) {
      result = (upperFirst ? "T" : "t") + result;
    }
    return RESERVED.contains(result) ? result + "Test" : result;
  }

  /** {@code "Data driven!"} → {@code "data-driven"}; never empty. */
  static String slug(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "exported" : s;
  }
}
