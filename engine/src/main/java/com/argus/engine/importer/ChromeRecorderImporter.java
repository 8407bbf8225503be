package com.argus.engine.importer;

import com.argus.engine.spec.Action;
import com.argus.engine.spec.Assertion;
import com.argus.engine.spec.AssertionKind;
import com.argus.engine.spec.FrameRef;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.Target;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.Viewport;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports a Chrome DevTools Recorder JSON export. Every step type converts: setViewport (the
 * spec's viewport), navigate, click (secondary button: right-click), doubleClick, change (fill, or
 * select on a select element), keyDown/keyUp (a press, with held modifiers as a chord), hover,
 * scroll (a wait evaluating {@code scrollTo}), waitForElement (wait, or a count assertion),
 * waitForExpression, close. Selector kinds {@code aria/}, css, {@code xpath/}, {@code pierce/},
 * {@code text/} become locator candidates in the recording's order; {@code frame} indices become
 * frame positions and {@code target} pages. Absolute URLs of the recording's origin become
 * relative to the base URL. Anything else is reported as a warning, never dropped silently.
 *
 * <p>Stateless and thread-safe.
 */
public final class ChromeRecorderImporter implements RecordingImporter {
  private static final Pattern ARIA_ROLE = Pattern.compile("^(.*)\\[role=\"([a-z]+)\"]$");
  private static final Set<String> MODIFIERS = Set.of("Control", "Shift", "Alt", "Meta");
  private static final String NAVIGATE_NEEDS_URL = "a navigate step needs the address it opens, e.g. \"url\": \"https://example.com/\"";
  private static final int MAX_VIEWPORT = 100_000;

  @Override
  public ImportResult read(Path file) {
    return parse(JsonFiles.readText(file), file.toString());
  }

  @Override
  public ImportResult parse(String json, String label) {
    JsonNode root = JsonFiles.parse(json, label);
    RecordingFields file = RecordingFields.of(root, label);
    if (!root.isObject() || !file.has("steps")) {
      throw JsonFiles.invalid(label, root, "not a Chrome DevTools Recorder recording: it has no `steps` list");
    }
    JsonNode titleNode = root.get("title");
    if (titleNode != null && !titleNode.isNull() && !titleNode.isTextual()) {
      throw file.problem("`title` is a " + RecordingFields.kind(titleNode) + " but should be text");
    }
    String title = file.text("title");
    String name = title == null || title.isBlank() ? ImportedSpecs.nameFromFile(label) : title;
    List<RecordingFields> parts = new ArrayList<>();
    for (JsonNode s : file.list("steps")) {
      RecordingFields part = file.part(s, "step #" + (parts.size() + 1));
      if (!s.isObject()) {
        throw part.problem("is a " + RecordingFields.kind(s) + " but should be a mapping with a `type`");
      }
      String type = part.text("type");
      parts.add(file.part(s, "step #" + (parts.size() + 1) + " `" + (type == null ? "(no type)" : type) + "`"));
    }
    String base = null;
    for (RecordingFields s : parts) {
      if ("navigate".equals(s.text("type"))) {
        base = JsonFiles.origin(s.requiredText("url", NAVIGATE_NEEDS_URL));
        break;
      }
    }
    List<Step> out = new ArrayList<>();
    List<ImportWarning> warnings = new ArrayList<>();
    StepIds ids = new StepIds();
    Viewport viewport = null;
    Map<String, String> pageNames = new HashMap<>();
    Set<String> held = new LinkedHashSet<>();
    ImportedSecrets secrets = new ImportedSecrets(name, warnings);
    int position = 0;
    for (RecordingFields p : parts) {
      position++;
      JsonNode s = p.node();
      String type = p.text("type");
      type = type == null ? "(no type)" : type;
      String page = pageName(p, type, pageNames, out, warnings, name, position);
      List<FrameRef> frames = frames(p, warnings, name, position, type);
      Target target = target(p, "change".equals(type));
      Step step = null;
      switch (type) {
        case "setViewport" -> {
          Viewport v = new Viewport(p.integer("width", 0, 0, MAX_VIEWPORT), p.integer("height", 0, 0, MAX_VIEWPORT));
          if (v.width() == 0 || v.height() == 0) {
            warnings.add(new ImportWarning(name, position, type, "has no width or height; the viewport is not kept"));
          } else if (viewport == null) {
            viewport = v;
          } else {
            warnings.add(new ImportWarning(name, position, type, "only the first viewport is kept; later size changes are not replayed"));
          }
        }
        case "navigate" -> step = step(ids, Action.NAVIGATE, position, page, frames, null, JsonFiles.relativeTo(base, p.requiredText("url", NAVIGATE_NEEDS_URL)));
        case "click" -> {
          Action a = "secondary".equals(p.text("button")) ? Action.RIGHTCLICK : Action.CLICK;
          step = step(ids, a, position, page, frames, target, null);
        }
        case "doubleClick" -> step = step(ids, Action.DBLCLICK, position, page, frames, target, null);
        case "hover" -> step = step(ids, Action.HOVER, position, page, frames, target, null);
        case "change" -> {
          Action a = looksLikeSelect(s) ? Action.SELECT : Action.FILL;
          String typed = p.has("value") ? p.text("value") : "";
          String value = a == Action.FILL ? secrets.typed(selectorTexts(p), typed, position, type) : typed;
          step = step(ids, a, position, page, frames, target, value);
        }
        case "keyDown" -> {
          String key = p.requiredText("key", "a keyDown step names the key pressed, e.g. \"key\": \"Enter\"");
          if (MODIFIERS.contains(key)) {
            held.add(key);
          } else {
            String chord = held.isEmpty() ? key : String.join("+", held) + "+" + key;
            step = step(ids, Action.PRESS, position, page, frames, null, chord);
          }
        }
        case "keyUp" -> held.remove(p.text("key"));
        case "scroll" -> {
          String xy = s.path("x").asInt() + ", " + s.path("y").asInt();
          String expr = target == null ? "(window.scrollTo(" + xy + "), true)"
              : "(document.querySelector(" + quote(cssOf(target)) + ").scrollTo(" + xy + "), true)";
          step = step(ids, Action.WAIT, position, page, frames, null, expr);
        }
        case "waitForElement" -> {
          String operator = p.has("operator") ? p.text("operator") : ">=";
          int count = p.integer("count", 1, 0, Integer.MAX_VALUE);
          if ("==".equals(operator) && count != 1) {
            step = new Step(ids.next(Action.ASSERT, position), null, Action.ASSERT, target, null, null, null,
                Assertion.of(AssertionKind.COUNT, String.valueOf(count)), null, page(page), frames, null);
          } else if (s.has("visible") && !s.path("visible").asBoolean()) {
            step = new Step(ids.next(Action.ASSERT, position), null, Action.ASSERT, target, null, null, null,
                Assertion.of(AssertionKind.HIDDEN, null), null, page(page), frames, null);
          } else {
            if (!(">=".equals(operator) && count == 1)) {
              warnings.add(new ImportWarning(name, position, type, "waits for one visible element; `" + operator + " " + count + "` is not kept"));
            }
            step = step(ids, Action.WAIT, position, page, frames, target, null);
          }
        }
        case "waitForExpression" -> step = step(ids, Action.WAIT, position, page, frames, null,
            p.requiredText("expression", "a waitForExpression step needs the JavaScript condition it waits for"));
        case "close" -> step = step(ids, Action.CLOSE_PAGE, position, page, List.of(), null, null);
        default -> warnings.add(new ImportWarning(name, position, type, "this step type has no Argus equivalent; not imported"));
      }
      if (step != null) {
        if (step.target() == null && step.action().needsTarget()) {
          warnings.add(new ImportWarning(name, position, type, "has no selectors; not imported"));
        } else {
          out.add(step);
        }
      }
    }
    TestSpec spec = new TestSpec(TestSpec.CURRENT_SCHEMA, name, "Imported from a Chrome DevTools Recorder recording",
        List.of("imported"), base, null, viewport, secrets.variables(), null, out);
    return new ImportResult(List.of(ImportedSpecs.validated(spec, label)), warnings);
  }

  private static String page(String page) {
    return Step.MAIN_PAGE.equals(page) ? null : page;
  }

  private static Step step(StepIds ids, Action action, int position, String page, List<FrameRef> frames, Target target, String value) {
    return new Step(ids.next(action, position), null, action, target, value, null, null, null, null, page(page), frames, null);
  }

  // A step acting in a page not seen before means the previous step in another page opened it.
  private static String pageName(RecordingFields s, String type, Map<String, String> names, List<Step> out,
      List<ImportWarning> warnings, String test, int position) {
    String target = s.text("target");
    if (target == null || "main".equals(target)) {
      return Step.MAIN_PAGE;
    }
    String known = names.get(target);
    if (known != null) {
      return known;
    }
    String name = "page" + (names.size() + 1);
    names.put(target, name);
    for (int i = out.size() - 1; i >= 0; i--) {
      Step prev = out.get(i);
      if (prev.action().needsTarget() && !name.equals(prev.pageName())) {
        out.set(i, new Step(prev.id(), prev.name(), prev.action(), prev.target(), prev.value(), prev.to(), prev.dialog(),
            prev.assertion(), name, prev.page(), prev.frames(), prev.options()));
        return name;
      }
    }
    warnings.add(new ImportWarning(test, position, type, "acts in page " + target
        + " but no earlier step opened it"));
    return name;
  }

  private static List<FrameRef> frames(RecordingFields s, List<ImportWarning> warnings, String test, int position, String type) {
    List<JsonNode> frame = s.list("frame");
    if (frame.isEmpty()) {
      return List.of();
    }
    List<FrameRef> refs = new ArrayList<>();
    for (JsonNode index : frame) {
      if (!index.isIntegralNumber() || !index.canConvertToInt() || index.asInt() < 0 || index.asInt() == Integer.MAX_VALUE) {
        throw s.problem("`frame` holds '" + index + "' but should list frame positions (whole numbers from 0)");
      }
      refs.add(new FrameRef(null, null, null, "iframe:nth-of-type(" + (index.asInt() + 1) + ")"));
    }
    warnings.add(new ImportWarning(test, position, type, "the recording names frames by position only; "
        + "consider naming them (`name:` or `title:`) so the spec survives layout changes"));
    return refs;
  }

  private static List<String> selectorTexts(RecordingFields s) {
    List<String> out = new ArrayList<>();
    for (JsonNode chain : s.list("selectors")) {
      if (chain.isArray()) {
        chain.forEach(part -> out.add(part.asText()));
      } else {
        out.add(chain.asText());
      }
    }
    return out;
  }

  private static Target target(RecordingFields s, boolean field) {
    List<Locator> candidates = new ArrayList<>();
    for (JsonNode chain : s.list("selectors")) {
      if (chain.isArray() && chain.isEmpty()) {
        throw s.problem("`selectors` holds an empty selector chain; each entry is a selector or a list of selectors");
      }
      // A chain steps through shadow roots; our CSS and text pierce them, so the last part is enough.
      JsonNode last = chain.isArray() ? chain.get(chain.size() - 1) : chain;
      if (!last.isValueNode()) {
        throw s.problem("`selectors` holds a " + RecordingFields.kind(last) + " where a selector (text) belongs");
      }
      Locator l = locator(last.asText(), field);
      if (l != null && !candidates.contains(l)) {
        candidates.add(l);
      }
    }
    return candidates.isEmpty() ? null : new Target(candidates, null);
  }

  static Locator locator(String selector, boolean field) {
    Locator l = parseLocator(selector, field);
    return l == null || l.value().isBlank() ? null : l;
  }

  private static Locator parseLocator(String selector, boolean field) {
    if (selector.startsWith("aria/")) {
      String aria = selector.substring(5);
      Matcher m = ARIA_ROLE.matcher(aria);
      if (m.matches()) {
        return m.group(1).isEmpty() ? null : Locator.role(m.group(2), m.group(1));
      }
      // Without a role the name belongs to a field (its label) or to clickable text.
      return new Locator(field ? LocatorStrategy.LABEL : LocatorStrategy.TEXT, aria, null, null, field ? null : Boolean.TRUE);
    }
    if (selector.startsWith("xpath/")) {
      return Locator.of(LocatorStrategy.XPATH, selector.substring(6));
    }
    if (selector.startsWith("pierce/")) {
      return Locator.of(LocatorStrategy.CSS, selector.substring(7));
    }
    if (selector.startsWith("text/")) {
      return Locator.of(LocatorStrategy.TEXT, selector.substring(5));
    }
    return Locator.of(LocatorStrategy.CSS, selector);
  }

  private static boolean looksLikeSelect(JsonNode s) {
    String all = s.path("selectors").toString().toLowerCase(java.util.Locale.ROOT);
    return all.contains("select") || all.contains("combobox");
  }

  private static String cssOf(Target t) {
    return t.candidates().stream().filter(l -> l.strategy() == LocatorStrategy.CSS).map(Locator::value).findFirst()
        .orElse("body");
  }

  private static String quote(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
