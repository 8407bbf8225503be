package com.argus.engine.spec.format;

import com.argus.engine.spec.Action;
import com.argus.engine.spec.Assertion;
import com.argus.engine.spec.AssertionKind;
import com.argus.engine.spec.DevicePreset;
import com.argus.engine.spec.FrameRef;
import com.argus.engine.spec.MatchMode;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.Target;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.Variable;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules a well-formed spec follows beyond its shape: what each action needs, unique step ids,
 * declared variables, secrets without values, and every value the engine acts on within range
 * (waits and timeouts, counts, window sizes, frames, file paths, regular expressions), so a spec
 * that passes here does not fail on its own content at run time. Each violation names the JSON
 * pointer of the part at fault so the reader can turn it into a line and column.
 *
 * <p>Stateless and thread-safe.
 */
public final class SpecValidator {
  /** A violation at a place in the document. */
  public record Violation(String pointer, String message) {}

  /** The longest a step may wait or time out: an hour is already far beyond any page. */
  public static final long MAX_WAIT_MS = 3_600_000L;

  /** The largest element count an assertion may expect. */
  public static final int MAX_COUNT = 1_000_000;

  /** The largest window width or height, in CSS pixels. */
  public static final int MAX_VIEWPORT = 10_000;

  private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private SpecValidator() {}

  public static List<Violation> validate(TestSpec spec) {
    List<Violation> out = new ArrayList<>();
    if (spec.name() == null || spec.name().isBlank()) {
      out.add(new Violation("", "the spec has no name; add `name: <what this test checks>`"));
    }
    if (spec.device() != null && DevicePreset.find(spec.device()).isEmpty()) {
      out.add(new Violation("/device",
          "unknown device '" + spec.device() + "'; expected one of: " + DevicePreset.names()));
    }
    if (spec.steps().size() > SpecFormat.MAX_STEPS) {
      out.add(new Violation("/steps", "the spec has " + spec.steps().size() + " steps; a spec may have at most "
          + SpecFormat.MAX_STEPS + ". Split it into several specs"));
      return out;
    }
    checkViewport(spec, out);
    if (spec.data() != null && spec.data().file() != null) {
      checkPath(spec.data().file(), "/data/file", "the data file", out);
    }
    Set<String> known = checkVariables(spec, out);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < spec.steps().size(); i++) {
      Step step = spec.steps().get(i);
      String at = "/steps/" + i;
      if (step == null) {
        out.add(new Violation(at, "empty step; a step needs at least `id` and `action`"));
        continue;
      }
      if (step.id() == null || step.id().isBlank()) {
        out.add(new Violation(at, "step " + (i + 1) + " has no id; add `id:` with a name unique in this spec"));
      } else if (!ids.add(step.id())) {
        out.add(new Violation(at + "/id", "step id '" + step.id() + "' is used twice; step ids must be unique"));
      }
      if (step.action() == null) {
        out.add(new Violation(at, "step " + label(step, i) + " has no action; expected `action:` with one of: "
            + actionNames()));
        continue;
      }
      checkStep(step, i, at, out);
      checkReferences(step, i, at, known, out);
    }
    return out;
  }

  private static Set<String> checkVariables(TestSpec spec, List<Violation> out) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < spec.variables().size(); i++) {
      Variable v = spec.variables().get(i);
      String at = "/variables/" + i;
      if (v.name() == null || !VARIABLE_NAME.matcher(v.name()).matches()) {
        out.add(new Violation(at, "variable name '" + v.name()
            + "' is not valid; use letters, digits and underscores, not starting with a digit"));
        continue;
      }
      if (!names.add(v.name())) {
        out.add(new Violation(at + "/name", "variable '" + v.name() + "' is declared twice"));
      }
      if (v.isSecret() && v.value() != null) {
        out.add(new Violation(at + "/value", "secret variable '" + v.name()
            + "' must not have its value in the spec; remove `value:` and set ARGUS_SECRET_"
            + v.name().toUpperCase() + " in the environment or in the secrets file"));
      }
    }
    if (spec.data() != null) {
      spec.data().rows().forEach(row -> names.addAll(row.keySet()));
      if (spec.data().file() != null) {
        // Columns of a CSV file are only known at run time; any reference may be one of them.
        names.add("*");
      }
    }
    return names;
  }

  private static void checkStep(Step step, int index, String at, List<Violation> out) {
    Action action = step.action();
    String who = "step " + label(step, index) + " (" + action.fileName() + ")";
    if (action.needsTarget() && !hasCandidates(step.target())) {
      out.add(new Violation(at, who + " needs a `target` with at least one locator candidate"));
    }
    if (step.target() != null) {
      for (int c = 0; c < step.target().candidates().size(); c++) {
        if (step.target().candidates().get(c).value().isBlank()) {
          out.add(new Violation(at + "/target/candidates/" + c + "/value", who + " has an empty locator value"));
        }
      }
    }
    switch (action) {
      case NAVIGATE, SWITCH_PAGE, FILL, TYPE, PRESS, SELECT, UPLOAD -> {
        if (step.value() == null) {
          out.add(new Violation(at, who + " needs a `value` (" + valueHint(action) + ")"));
        }
      }
      case DRAG -> {
        if (!hasCandidates(step.to())) {
          out.add(new Violation(at, who + " needs `to`: a target with the locator of where it is dropped"));
        }
      }
      case DIALOG -> {
        if (step.dialog() == null) {
          out.add(new Violation(at, who + " needs `dialog:` with `accept: true` or `accept: false`"));
        }
      }
      case WAIT -> {
        if (step.target() == null && (step.value() == null || step.value().isBlank())) {
          out.add(new Violation(at, who
              + " needs a `target` to wait for, or a `value`: milliseconds or a JavaScript condition"));
        } else if (step.value() != null && DIGITS.matcher(step.value().trim()).matches()
            && !withinLimit(step.value().trim(), MAX_WAIT_MS)) {
          out.add(new Violation(at + "/value", who + " waits " + step.value().trim() + " ms; at most " + MAX_WAIT_MS
              + " (one hour) is allowed"));
        }
      }
      case ASSERT -> checkAssertion(step, who, at, out);
      default -> { }
    }
    if (action == Action.UPLOAD && step.value() != null) {
      checkPath(step.value(), at + "/value", who + "'s file", out);
    }
    for (int f = 0; f < step.frames().size(); f++) {
      FrameRef frame = step.frames().get(f);
      if (frame == null || blank(frame.name()) && blank(frame.title()) && blank(frame.src()) && blank(frame.selector())) {
        out.add(new Violation(at + "/frames/" + f, who + " has a frame with nothing to find it by; give it a `name`,"
            + " `title`, `src` or `selector`"));
      }
    }
    Integer timeout = step.effectiveOptions().timeoutMs();
    if (timeout != null && (timeout <= 0 || timeout > MAX_WAIT_MS)) {
      out.add(new Violation(at + "/options/timeoutMs", who + " has timeoutMs " + timeout
          + "; expected a positive number of milliseconds, at most " + MAX_WAIT_MS + " (one hour)"));
    }
  }

  private static void checkViewport(TestSpec spec, List<Violation> out) {
    if (spec.viewport() == null) {
      return;
    }
    int width = spec.viewport().width();
    int height = spec.viewport().height();
    if (width <= 0 || height <= 0 || width > MAX_VIEWPORT || height > MAX_VIEWPORT) {
      out.add(new Violation("/viewport", "viewport " + width + "x" + height + " is not a window size; width and height"
          + " must each be between 1 and " + MAX_VIEWPORT + " pixels"));
    }
  }

  /** A file path the engine will open: no control characters, and one this system can name. */
  private static void checkPath(String path, String pointer, String what, List<Violation> out) {
    if (path.isBlank()) {
      out.add(new Violation(pointer, what + " is an empty path; give a path relative to the spec"));
      return;
    }
    int control = path.codePoints().filter(Character::isISOControl).findFirst().orElse(-1);
    if (control >= 0) {
      out.add(new Violation(pointer, what + " path holds the control character " + String.format("U+%04X", control)
          + "; file paths in specs are plain text"));
      return;
    }
    try {
      Path.of(path);
    } catch (InvalidPathException e) {
      out.add(new Violation(pointer, what + " is not a valid path here: " + e.getReason()));
    }
  }

  /** Whether a string of digits is at most {@code max}, without overflowing on long ones. */
  private static boolean withinLimit(String digits, long max) {
    String significant = digits.replaceFirst("^0+(?=.)", "");
    return significant.length() <= 18 && Long.parseLong(significant) <= max;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static void checkAssertion(Step step, String who, String at, List<Violation> out) {
    Assertion a = step.assertion();
    if (a == null) {
      out.add(new Violation(at, who + " needs `assertion:` with a `kind`: "
          + String.join(", ", java.util.Arrays.stream(AssertionKind.values()).map(AssertionKind::fileName).toList())));
      return;
    }
    String here = at + "/assertion";
    if (a.kind().needsTarget() && !hasCandidates(step.target())) {
      out.add(new Violation(at, who + " asserts " + a.kind().fileName() + " of an element, so it needs a `target`"));
    }
    if (a.kind().needsExpected() && a.expected() == null) {
      out.add(new Violation(here, who + " needs `expected:` for a " + a.kind().fileName() + " assertion"));
    }
    if (a.kind() == AssertionKind.ATTRIBUTE && (a.attribute() == null || a.attribute().isBlank())) {
      out.add(new Violation(here, who + " needs `attribute:` naming the attribute to check"));
    }
    if (a.kind() == AssertionKind.COUNT && a.expected() != null && !a.expected().matches("\\d+|.*\\$\\{.+}.*")) {
      out.add(new Violation(here + "/expected", who + " expects count '" + a.expected() + "'; expected a whole number"));
    } else if (a.kind() == AssertionKind.COUNT && a.expected() != null && DIGITS.matcher(a.expected()).matches()
        && !withinLimit(a.expected(), MAX_COUNT)) {
      out.add(new Violation(here + "/expected", who + " expects count " + a.expected() + "; at most " + MAX_COUNT
          + " is allowed"));
    }
    // With a ${reference} the pattern is only known at run time, where it is checked then.
    if (a.matchMode() == MatchMode.MATCHES && a.expected() != null && !REFERENCE.matcher(a.expected()).find()) {
      try {
        Pattern.compile(a.expected());
      } catch (PatternSyntaxException e) {
        out.add(new Violation(here + "/expected", who + " has an invalid regular expression: " + e.getDescription()));
      }
    }
  }

  private static void checkReferences(Step step, int index, String at, Set<String> known, List<Violation> out) {
    if (step.value() == null || known.contains("*")) {
      return;
    }
    Matcher m = REFERENCE.matcher(step.value());
    while (m.find()) {
      String name = m.group(1);
      if (!known.contains(name)) {
        out.add(new Violation(at + "/value", "step " + label(step, index) + " uses ${" + name
            + "} but no variable or data column has that name; declare it under `variables:`"));
      }
    }
  }

  private static boolean hasCandidates(Target target) {
    return target != null && !target.candidates().isEmpty();
  }

  private static String label(Step step, int index) {
    return step.id() == null ? "#" + (index + 1) : "'" + step.id() + "'";
  }

  private static String valueHint(Action action) {
    return switch (action) {
      case NAVIGATE -> "the URL, absolute or relative to baseUrl";
      case SWITCH_PAGE -> "the page name, e.g. main or the name a step `opens`";
      case FILL, TYPE -> "the text to enter";
      case PRESS -> "a key such as Enter or Control+A";
      case SELECT -> "the option's value or label";
      case UPLOAD -> "a file path relative to the spec";
      default -> "a value";
    };
  }

  static String actionNames() {
    return String.join(", ", java.util.Arrays.stream(Action.values()).map(Action::fileName).toList());
  }
}
