package com.argus.engine.spec.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * A generator of malformed and hostile spec files: the example specs, mutated the ways a broken
 * editor, a bad merge or a hostile pull request would (truncation, duplicated keys and lines, random
 * bytes, huge numbers, deep nesting, anchors and aliases, wrong types, extra documents). Each case
 * is the bytes of a file; the same seed gives the same cases.
 */
final class HostileSpecs {
  private static final String[] HOSTILE_VALUES = {
    "99999999999999999999", "-1", "0", "1e999", "NaN", ".inf", "[]", "{}", "[{}]", "null", "~", "\"\\0\"",
    "\"a\\u001b[2Jb\"", "\"../../../../etc/shadow\"", "\"a(b\"", "\"(?<x\"", "\"${nope}\"", "\"${\"", "!!binary AAAA",
    "!!java.lang.Object {}", "*alias", "&anchor x", "|\n  block", "'unterminated", "\"\\uD800\"", "[[[[[[]]]]]]",
    "{a: {b: {c: {d: 1}}}}", "2147483648", "-9223372036854775809", "true", "\"\\t\\r\\n\"",
  };

  private static final String[] HOSTILE_KEYS = {
    "steps", "name", "frames", "options", "timeoutMs", "value", "target", "candidates", "data", "file", "rows",
    "viewport", "width", "assertion", "expected", "match", "variables", "secret", "schemaVersion", "<<", "? ",
  };

  private HostileSpecs() {}

  static List<String> examples() {
    List<String> texts = new ArrayList<>();
    try {
      for (Path p : SpecExamples.all()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }

  /** Hostile files: an example and a seed for the mutations applied to it. */
  static Arbitrary<byte[]> files() {
    List<String> examples = examples();
    return Arbitraries.integers().between(0, examples.size() - 1)
        .flatMap(i -> Arbitraries.longs().map(seed -> mutate(examples.get(i), new Random(seed))));
  }

  /** One to three mutations of {@code text}, chosen by {@code random}. */
  static byte[] mutate(String text, Random random) {
    String out = text;
    int rounds = 1 + random.nextInt(3);
    for (int r = 0; r < rounds; r++) {
      out = switch (random.nextInt(11)) {
        case 0 -> out.substring(0, random.nextInt(out.length() + 1));
        case 1 -> duplicateLine(out, random);
        case 2 -> replaceValue(out, random, HOSTILE_VALUES[random.nextInt(HOSTILE_VALUES.length)]);
        case 3 -> insertLine(out, random, HOSTILE_KEYS[random.nextInt(HOSTILE_KEYS.length)] + ": "
            + HOSTILE_VALUES[random.nextInt(HOSTILE_VALUES.length)]);
        case 4 -> replaceValue(out, random, "[".repeat(1 + random.nextInt(300)) + "]".repeat(random.nextInt(300)));
        case 5 -> "base: &b " + out.lines().findFirst().orElse("x") + "\n" + replaceValue(out, random, "*b");
        case 6 -> out + "\n---\n" + out;
        case 7 -> deleteLine(out, random);
        case 8 -> reindent(out, random);
        case 9 -> replaceValue(out, random, String.valueOf(random.nextLong()) + "0".repeat(random.nextInt(40)));
        default -> out;
      };
    }
    byte[] bytes = out.getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(6) == 0 && bytes.length > 0) {
      int flips = 1 + random.nextInt(8);
      for (int f = 0; f < flips; f++) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
    }
    return bytes;
  }

  private static List<String> lines(String text) {
    return new ArrayList<>(text.lines().toList());
  }

  private static String duplicateLine(String text, Random random) {
    List<String> lines = lines(text);
    if (lines.isEmpty()) {
      return text;
    }
    int i = random.nextInt(lines.size());
    // Right after itself makes a duplicated key; anywhere else, usually a misplaced one.
    lines.add(random.nextBoolean() ? i + 1 : random.nextInt(lines.size() + 1), lines.get(i));
    return String.join("\n", lines) + "\n";
  }

  private static String insertLine(String text, Random random, String line) {
    List<String> lines = lines(text);
    int i = random.nextInt(lines.size() + 1);
    String indent = i < lines.size() ? lines.get(i).replaceAll("^(\\s*(- )?).*", "$1").replace("-", " ") : "";
    lines.add(i, indent + line);
    return String.join("\n", lines) + "\n";
  }

  private static String deleteLine(String text, Random random) {
    List<String> lines = lines(text);
    if (!lines.isEmpty()) {
      lines.remove(random.nextInt(lines.size()));
    }
    return String.join("\n", lines) + "\n";
  }

  private static String reindent(String text, Random random) {
    List<String> lines = lines(text);
    if (lines.isEmpty()) {
      return text;
    }
    int i = random.nextInt(lines.size());
    lines.set(i, " ".repeat(random.nextInt(9)) + lines.get(i).stripLeading());
    return String.join("\n", lines) + "\n";
  }

  /** Replaces the value of a random {@code key: value} line. */
  private static String replaceValue(String text, Random random, String value) {
    List<String> lines = lines(text);
    List<Integer> withValues = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("\\s*(- )?[A-Za-z]+: .+")) {
        withValues.add(i);
      }
    }
    if (withValues.isEmpty()) {
      return text;
    }
    int i = withValues.get(random.nextInt(withValues.size()));
    String line = lines.get(i);
    lines.set(i, line.substring(0, line.indexOf(": ") + 2) + value);
    return String.join("\n", lines) + "\n";
  }
}
