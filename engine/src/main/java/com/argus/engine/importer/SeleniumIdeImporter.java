package com.argus.engine.importer;

import com.argus.engine.spec.Action;
import com.argus.engine.spec.Assertion;
import com.argus.engine.spec.AssertionKind;
import com.argus.engine.spec.DialogAnswer;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports a Selenium IDE {@code .side} project: one spec per test. A command's {@code target} and
 * its alternative {@code targets} become ranked locator candidates ({@code id=}, {@code name=},
 * {@code css=}, {@code xpath=}, {@code linkText=}, {@code partialLinkText=}). Commands without an
 * equivalent are reported as warnings by name and position.
 *
 * <p>Stateless and thread-safe.
 */
public final class SeleniumIdeImporter implements RecordingImporter {
  private static final Map<String, String> KEYS = Map.ofEntries(
      Map.entry("${KEY_ENTER}", "Enter"), Map.entry("${KEY_TAB}", "Tab"), Map.entry("${KEY_ESC}", "Escape"),
      Map.entry("${KEY_ESCAPE}", "Escape"), Map.entry("${KEY_BACKSPACE}", "Backspace"), Map.entry("${KEY_DELETE}", "Delete"),
      Map.entry("${KEY_UP}", "ArrowUp"), Map.entry("${KEY_DOWN}", "ArrowDown"), Map.entry("${KEY_LEFT}", "ArrowLeft"),
      Map.entry("${KEY_RIGHT}", "ArrowRight"), Map.entry("${KEY_HOME}", "Home"), Map.entry("${KEY_END}", "End"));

  @Override
  public ImportResult read(Path file) {
    return parse(JsonFiles.readText(file), file.toString());
  }

  @Override
  public ImportResult parse(String json, String label) {
    JsonNode root = JsonFiles.parse(json, label);
    RecordingFields file = RecordingFields.of(root, label);
    if (!root.isObject() || !file.has("tests")) {
      throw JsonFiles.invalid(label, root, "not a Selenium IDE project: it has no `tests` list");
    }
    List<JsonNode> tests = file.list("tests");
    String url = file.text("url");
    String base = url == null ? null : JsonFiles.origin(url);
    List<TestSpec> specs = new ArrayList<>();
    List<ImportWarning> warnings = new ArrayList<>();
    for (JsonNode test : tests) {
      RecordingFields part = file.part(test, "test #" + (specs.size() + 1));
      if (!test.isObject()) {
        throw part.problem("is a " + RecordingFields.kind(test) + " but should be a mapping with `name` and `commands`");
      }
      String name = part.text("name");
      if (name == null || name.isBlank()) {
        name = ImportedSpecs.nameFromFile(label) + (tests.size() > 1 ? " " + (specs.size() + 1) : "");
      }
      specs.add(ImportedSpecs.validated(convert(file.part(test, "test '" + name + "'"), name, url, base, warnings), label));
    }
    return new ImportResult(specs, warnings);
  }

  private TestSpec convert(RecordingFields test, String name, String projectUrl, String base, List<ImportWarning> warnings) {
    List<Step> steps = new ArrayList<>();
    StepIds ids = new StepIds();
    List<FrameRef> frames = new ArrayList<>();
    Map<String, String> windows = new HashMap<>();
    String page = Step.MAIN_PAGE;
    Viewport viewport = null;
    ImportedSecrets secrets = new ImportedSecrets(name, warnings);
    int position = 0;
    for (JsonNode node : test.list("commands")) {
      position++;
      RecordingFields c = test.part(node, "command #" + position);
      if (!node.isObject()) {
        throw c.problem("is a " + RecordingFields.kind(node) + " but should be a mapping with `command`, `target` and `value`");
      }
      String command = c.text("command");
      if (command == null || command.isBlank()) {
        continue;
      }
      if (command.startsWith("//")) {
        continue; // a commented-out command: disabled in the IDE too
      }
      c = test.part(node, "command #" + position + " `" + command + "`");
      String target = c.text("target");
      String value = c.text("value");
      Target element = target(c, target);
      List<FrameRef> f = List.copyOf(frames);
      String p = Step.MAIN_PAGE.equals(page) ? null : page;
      Step step = null;
      switch (command) {
        case "open" -> step = plain(ids, Action.NAVIGATE, position, p, f, null, openUrl(c, projectUrl, base, target));
        case "click", "clickAt" -> step = plain(ids, Action.CLICK, position, p, f, element, null);
        case "doubleClick", "doubleClickAt" -> step = plain(ids, Action.DBLCLICK, position, p, f, element, null);
        case "contextMenu", "contextMenuAt" -> step = plain(ids, Action.RIGHTCLICK, position, p, f, element, null);
        case "type" -> step = plain(ids, Action.FILL, position, p, f, element,
            secrets.typed(selectorTexts(c, target), orEmpty(value), position, command));
        case "editContent" -> step = plain(ids, Action.FILL, position, p, f, element, orEmpty(value));
        case "sendKeys" -> {
          String keys = c.requiredText("value", "sendKeys needs the keys to press, e.g. ${KEY_ENTER}");
          step = plain(ids, Action.PRESS, position, p, f, element, KEYS.getOrDefault(keys, keys));
        }
        case "select" -> step = plain(ids, Action.SELECT, position, p, f, element,
            option(c.requiredText("value", "select needs the option to choose, e.g. label=Blue")));
        case "check" -> step = plain(ids, Action.CHECK, position, p, f, element, null);
        case "uncheck" -> step = plain(ids, Action.UNCHECK, position, p, f, element, null);
        case "mouseOver" -> step = plain(ids, Action.HOVER, position, p, f, element, null);
        case "dragAndDropToObject" -> step = new Step(ids.next(Action.DRAG, position), null, Action.DRAG, element, null,
            dropTarget(value), null, null, null, p, f, null);
        case "pause" -> step = plain(ids, Action.WAIT, position, p, f, null, target != null && !target.isBlank() ? target
            : c.requiredText("value", "pause needs the milliseconds to wait"));
        case "waitForElementVisible", "waitForElementPresent" -> step = plain(ids, Action.WAIT, position, p, f, element, null);
        case "waitForElementNotVisible", "waitForElementNotPresent", "assertElementNotPresent" ->
            step = check(ids, position, p, f, element, Assertion.of(AssertionKind.HIDDEN, null));
        case "assertElementPresent", "verifyElementPresent" ->
            step = check(ids, position, p, f, element, Assertion.of(AssertionKind.VISIBLE, null));
        case "assertText", "verifyText" -> step = check(ids, position, p, f, element, Assertion.of(AssertionKind.TEXT, orEmpty(value)));
        case "assertValue", "verifyValue" -> step = check(ids, position, p, f, element, Assertion.of(AssertionKind.VALUE, orEmpty(value)));
        case "assertChecked", "verifyChecked" -> step = check(ids, position, p, f, element, Assertion.of(AssertionKind.CHECKED, null));
        case "assertNotChecked", "verifyNotChecked" ->
            step = check(ids, position, p, f, element, Assertion.of(AssertionKind.CHECKED, "false"));
        case "assertTitle", "verifyTitle" -> step = check(ids, position, p, f, null, Assertion.of(AssertionKind.TITLE, orEmpty(target)));
        case "assertElementVisible", "verifyElementVisible" ->
            step = check(ids, position, p, f, element, Assertion.of(AssertionKind.VISIBLE, null));
        case "chooseOkOnNextConfirmation", "webdriverChooseOkOnVisibleConfirmation" ->
            step = dialog(ids, position, p, new DialogAnswer(true, null, null));
        case "chooseCancelOnNextConfirmation", "webdriverChooseCancelOnVisibleConfirmation" ->
            step = dialog(ids, position, p, new DialogAnswer(false, null, null));
        case "answerOnNextPrompt", "webdriverAnswerOnVisiblePrompt" ->
            step = dialog(ids, position, p, new DialogAnswer(true, target, null));
        case "assertConfirmation", "assertAlert", "assertPrompt" -> {
          // The IDE checks the message after the fact; Argus checks it on the armed answer.
          if (!attachMessage(steps, target)) {
            steps.add(dialog(ids, position, p, new DialogAnswer(true, null, target)));
            warnings.add(new ImportWarning(name, position, command, "no earlier answer to attach the message to; "
                + "added an accepting dialog step — move it before the step that opens the dialog"));
          }
        }
        case "selectFrame" -> {
          if ("relative=top".equals(target)) {
            frames.clear();
          } else if ("relative=parent".equals(target)) {
            if (!frames.isEmpty()) {
              frames.remove(frames.size() - 1);
            }
          } else if (target != null && target.startsWith("index=")) {
            String index = target.substring(6).trim();
            if (!index.matches("\\d{1,9}")) {
              throw c.problem("`target` is '" + target + "'; a frame by position is index=0, index=1, ...");
            }
            frames.add(new FrameRef(null, null, null, "iframe:nth-of-type(" + (Integer.parseInt(index) + 1) + ")"));
            warnings.add(new ImportWarning(name, position, command, "frame chosen by position; consider naming it"));
          } else {
            frames.add(frameRef(c.requiredText("target", "selectFrame needs the frame: relative=top, relative=parent, "
                + "index=N or a locator such as id=frame")));
          }
          step = new Step(ids.next(Action.SWITCH_FRAME, position), null, Action.SWITCH_FRAME, null, null, null, null, null,
              null, p, List.copyOf(frames), null);
        }
        case "selectWindow" -> {
          String window = c.requiredText("target", "selectWindow needs the window, e.g. handle=${root}");
          String handle = window.startsWith("handle=") ? window.substring(7) : window;
          page = windows.getOrDefault(handle.replace("${", "").replace("}", ""), Step.MAIN_PAGE);
          if (handle.contains("root") || "win_ser_local".equals(handle.replace("${", "").replace("}", ""))) {
            page = Step.MAIN_PAGE;
          }
          frames.clear();
          step = plain(ids, Action.SWITCH_PAGE, position, null, List.of(), null, page);
        }
        case "close" -> step = plain(ids, Action.CLOSE_PAGE, position, p, List.of(), null, null);
        case "setWindowSize" -> {
          String size = c.requiredText("target", "setWindowSize needs the size as WIDTHxHEIGHT, e.g. 1280x800");
          if (!size.trim().matches("[1-9]\\d{0,4}\\s*x\\s*[1-9]\\d{0,4}")) {
            throw c.problem("`target` is '" + size + "'; setWindowSize needs the size as WIDTHxHEIGHT, e.g. 1280x800");
          }
          String[] wh = size.trim().split("\\s*x\\s*");
          if (viewport == null) {
            viewport = new Viewport(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
          }
        }
        case "storeWindowHandle" -> windows.put(Step.MAIN_PAGE.equals(page) ? target : target, page);
        default -> warnings.add(new ImportWarning(name, position, command, "no Argus equivalent; not imported"));
      }
      if (step != null) {
        if (step.action().needsTarget() && step.target() == null) {
          warnings.add(new ImportWarning(name, position, command, "has no usable locator; not imported"));
          continue;
        }
        if (node.path("opensWindow").asBoolean(false)) {
          String handleName = c.text("windowHandleName");
          String newPage = "page" + (windows.size() + 1);
          windows.put(handleName == null ? newPage : handleName, newPage);
          step = new Step(step.id(), step.name(), step.action(), step.target(), step.value(), step.to(), step.dialog(),
              step.assertion(), newPage, step.page(), step.frames(), step.options());
        }
        steps.add(step);
      }
    }
    return new TestSpec(TestSpec.CURRENT_SCHEMA, name, "Imported from a Selenium IDE project", List.of("imported"), base,
        null, viewport, secrets.variables(), null, steps);
  }

  private static boolean attachMessage(List<Step> steps, String message) {
    for (int i = steps.size() - 1; i >= 0; i--) {
      Step s = steps.get(i);
      if (s.action() == Action.DIALOG && s.dialog().message() == null) {
        steps.set(i, new Step(s.id(), s.name(), s.action(), s.target(), s.value(), s.to(),
            new DialogAnswer(s.dialog().accept(), s.dialog().promptText(), message), s.assertion(), s.opens(), s.page(),
            s.frames(), s.options()));
        return true;
      }
    }
    return false;
  }

  private static Step plain(StepIds ids, Action action, int position, String page, List<FrameRef> frames, Target target, String value) {
    return new Step(ids.next(action, position), null, action, target, value, null, null, null, null, page, frames, null);
  }

  private static Step check(StepIds ids, int position, String page, List<FrameRef> frames, Target target, Assertion assertion) {
    return new Step(ids.next(Action.ASSERT, position), null, Action.ASSERT, target, null, null, null, assertion, null, page,
        frames, null);
  }

  private static Step dialog(StepIds ids, int position, String page, DialogAnswer answer) {
    return new Step(ids.next(Action.DIALOG, position), null, Action.DIALOG, null, null, null, answer, null, null, page,
        List.of(), null);
  }

  private static String openUrl(RecordingFields c, String projectUrl, String base, String target) {
    if (target == null || target.isBlank()) {
      return "/";
    }
    if (target.startsWith("http://") || target.startsWith("https://")) {
      return JsonFiles.relativeTo(base, target);
    }
    if (projectUrl != null && base != null) {
      String path;
      try {
        String rawPath = java.net.URI.create(projectUrl).getRawPath();
        path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
      } catch (IllegalArgumentException e) {
        path = "/";
      }
      try {
        return java.net.URI.create(path).resolve(target).toString();
      } catch (IllegalArgumentException e) {
        throw c.problem("`target` '" + target + "' is not a valid URL (" + e.getMessage().replaceAll(":.*", "")
            + "); escape spaces as %20 and a literal % as %25");
      }
    }
    return target;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static String option(String value) {
    if (value == null) {
      return null;
    }
    if (value.startsWith("label=") || value.startsWith("value=")) {
      return value.substring(6);
    }
    return value;
  }

  private static FrameRef frameRef(String target) {
    Locator l = locator(target);
    if (l != null && l.strategy() == LocatorStrategy.ID) {
      return new FrameRef(null, null, null, "iframe[id=\"" + l.value() + "\"]");
    }
    if (l != null && l.strategy() == LocatorStrategy.CSS) {
      if (l.value().startsWith("[name=")) {
        return FrameRef.named(l.value().replaceAll("^\\[name=\"?|\"?]$", ""));
      }
      return new FrameRef(null, null, null, l.value());
    }
    return new FrameRef(null, null, null, target);
  }

  private static List<String> selectorTexts(RecordingFields c, String target) {
    List<String> out = new ArrayList<>();
    out.add(target);
    out.addAll(alternatives(c));
    return out;
  }

  // Each alternative is [locator, kind] in the IDE's files; a bare locator is taken as it is.
  private static List<String> alternatives(RecordingFields c) {
    List<String> out = new ArrayList<>();
    for (JsonNode t : c.list("targets")) {
      JsonNode first = t.isArray() ? t.get(0) : t;
      if (first == null || !first.isValueNode()) {
        throw c.problem("`targets` holds '" + t + "'; each alternative is a list of a locator and its kind, "
            + "e.g. [\"id=name\", \"id\"]");
      }
      out.add(first.asText());
    }
    return out;
  }

  private static Target dropTarget(String value) {
    Locator l = locator(value);
    return l == null ? null : new Target(List.of(l), null);
  }

  private static Target target(RecordingFields c, String target) {
    List<Locator> candidates = new ArrayList<>();
    Locator first = locator(target);
    if (first != null) {
      candidates.add(first);
    }
    for (String alternative : alternatives(c)) {
      Locator l = locator(alternative);
      if (l != null && !candidates.contains(l)) {
        candidates.add(l);
      }
    }
    return candidates.isEmpty() ? null : new Target(candidates, null);
  }

  static Locator locator(String target) {
    if (target == null || target.isBlank()) {
      return null;
    }
    int eq = target.indexOf('=');
    String kind = eq < 0 ? "" : target.substring(0, eq).toLowerCase(Locale.ROOT);
    String v = eq < 0 ? target : target.substring(eq + 1);
    if (v.isBlank()) {
      return null;
    }
    return switch (kind) {
      case "id" -> Locator.of(LocatorStrategy.ID, v);
      case "name" -> Locator.of(LocatorStrategy.CSS, "[name=\"" + v.replace("\"", "\\\"") + "\"]");
      case "css" -> Locator.of(LocatorStrategy.CSS, v);
      case "xpath" -> Locator.of(LocatorStrategy.XPATH, v);
      case "linktext" -> new Locator(LocatorStrategy.ROLE, "link", v, null, Boolean.TRUE);
      case "partiallinktext" -> Locator.role("link", v);
      default -> target.startsWith("/") || target.startsWith("(") ? Locator.of(LocatorStrategy.XPATH, target) : null;
    };
  }

}
