package com.argus.recorder.convert;

import com.argus.engine.spec.Action;
import com.argus.engine.spec.Assertion;
import com.argus.engine.spec.AssertionKind;
import com.argus.engine.spec.DialogAnswer;
import com.argus.engine.spec.ElementFingerprint;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.MatchMode;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.Target;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.Variable;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns raw recording events into spec steps, one event at a time, and says how the step list
 * changed so a live view can follow. Pure: no browser, no I/O, no clock but the events' own
 * timestamps, so every rule here is tested with plain JSON fixtures.
 *
 * <p>Rules: consecutive inputs into one field are one {@code fill} with the final value, consecutive
 * changes of one list one {@code select} with the options chosen last (one per line); a click
 * that only focused the field filled next is dropped; a double click replaces the click before it;
 * a dialog step goes before the step that opened the dialog; the step that opened a popup gets
 * {@code opens}; navigations caused by a recorded action are not steps of their own, a typed URL
 * is, back/forward become {@code back}/{@code forward}; a secret field's fill refers to a secret
 * variable and never holds a value, and so does any fill of the same value, recorded before or
 * after the secret was typed (compared by the page's digest, see recorder.js).
 *
 * <p>Not thread-safe: one recording feeds it from one thread.
 */
public final class StepConverter {
  /** A navigation this soon after an action in the same page is that action's doing. */
  static final long CAUSED_NAVIGATION_MS = 1500;
  /** How far back a dialog or popup looks for the step that caused it. */
  static final long CAUSE_WINDOW_MS = 10_000;
  static final long DOUBLE_CLICK_MS = 800;

  private static final ObjectMapper FINGERPRINTS = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final Set<Action> CAUSES = EnumSet.of(Action.CLICK, Action.DBLCLICK, Action.RIGHTCLICK,
      Action.PRESS, Action.CHECK, Action.UNCHECK, Action.SELECT, Action.FILL, Action.NAVIGATE, Action.DRAG,
      Action.HOVER, Action.BACK, Action.FORWARD, Action.RELOAD, Action.UPLOAD, Action.TYPE);

  private final String baseUrl;
  private final LocatorRanker ranker;
  private final List<Entry> steps = new ArrayList<>();
  private final Map<String, Variable> variables = new LinkedHashMap<>();
  private final Map<String, PageState> pages = new HashMap<>();
  private final SecretTracker secrets;
  private int nextId = 1;
  /**
   * The targets built from the page's recent events, by document and sequence number, so a
   * {@code redact} event (a secret typed after the event was sent) can replace them.
   */
  private final Map<String, JsonNode> sentTargets = new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, JsonNode> eldest) {
      return size() > 500;
    }
  };

  /**
   * @param baseUrl the spec's base URL; navigations within it are written relative to it
   * @param ranker orders locator candidates
   */
  public StepConverter(String baseUrl, LocatorRanker ranker) {
    this(baseUrl, ranker, new ValueDigest(0));
  }

  /**
   * @param digest digests text the way the recording's page script does, to find a secret's value
   *     where the page showed it
   */
  public StepConverter(String baseUrl, LocatorRanker ranker, ValueDigest digest) {
    this.baseUrl = baseUrl;
    this.ranker = Objects.requireNonNull(ranker);
    this.secrets = new SecretTracker(Objects.requireNonNull(digest));
  }

  /** Applies one event; returns how the step list changed (often one {@code Added}, sometimes nothing). */
  public List<StepChange> accept(RawEvent e) {
    int seenBefore = secrets.seenCount();
    int knownBefore = secrets.knownCount();
    List<StepChange> out = apply(e);
    // A page may show a secret as text (a temporary password, a generated key) before or after it
    // is typed: its steps hold it then.
    if (secrets.knownCount() > knownBefore) {
      steps.forEach(en -> secrets.findShown(en.step));
    } else {
      out.stream().filter(c -> !(c instanceof StepChange.Removed)).forEach(c -> secrets.findShown(c.step()));
    }
    return secrets.seenCount() == 0 ? out : masked(out, secrets.seenCount() > seenBefore);
  }

  /**
   * The changes with secrets seen in clear masked in their steps; after a new one was seen, every
   * earlier step that holds it too.
   */
  private List<StepChange> masked(List<StepChange> changes, boolean newSecret) {
    List<StepChange> out = new ArrayList<>();
    for (StepChange c : changes) {
      if (c instanceof StepChange.Removed) {
        out.add(c);
        continue;
      }
      Step clean = secrets.scrub(c.step());
      if (clean != c.step() && steps.get(c.index()).step == c.step()) {
        steps.set(c.index(), steps.get(c.index()).with(clean));
      }
      out.add(c instanceof StepChange.Added ? new StepChange.Added(c.index(), clean) : new StepChange.Replaced(c.index(), clean));
    }
    if (newSecret) {
      for (int i = 0; i < steps.size(); i++) {
        Step clean = secrets.scrub(steps.get(i).step);
        if (clean != steps.get(i).step) {
          steps.set(i, steps.get(i).with(clean));
          out.add(new StepChange.Replaced(i, clean));
        }
      }
    }
    return out;
  }

  private List<StepChange> apply(RawEvent e) {
    PageState page = pages.computeIfAbsent(e.page(), k -> new PageState());
    List<StepChange> out = new ArrayList<>();
    if (e.data().hasNonNull("seq") && !"redact".equals(e.kind())) {
      sentTargets.put(sentKey(e.page(), e.data()), e.data());
    }
    switch (e.kind()) {
      case "redact" -> onRedact(e, out);
      case "open" -> {
        page.expectLoad = true;
        page.push(e.text("url"));
        add(out, step(e, Action.NAVIGATE, null, relative(e.text("url"))), e);
      }
      case "pageload" -> onPageLoad(e, page, out);
      case "pushstate" -> page.push(e.text("url"));
      case "popstate" -> {
        if (e.timestamp() - page.lastAction > CAUSED_NAVIGATION_MS) {
          historyStep(e, page, out);
        } else {
          page.moveTo(e.text("url"));
        }
      }
      case "click", "rightclick", "hover", "check", "uncheck", "upload" -> {
        Action action = switch (e.kind()) {
          case "click" -> Action.CLICK;
          case "rightclick" -> Action.RIGHTCLICK;
          case "hover" -> Action.HOVER;
          case "check" -> Action.CHECK;
          case "uncheck" -> Action.UNCHECK;
          default -> Action.UPLOAD;
        };
        add(out, step(e, action, target(e.data().get("target")), e.text("value")), e);
        page.lastAction = e.timestamp();
      }
      case "dblclick" -> onDoubleClick(e, page, out);
      case "select" -> onSelect(e, page, out);
      case "fill", "type" -> onFill(e, page, out);
      case "press" -> {
        JsonNode t = e.data().get("target");
        add(out, step(e, Action.PRESS, t == null || t.isNull() ? null : target(t), e.text("value")), e);
        page.lastAction = e.timestamp();
      }
      case "drag" -> {
        Step s = new Step(null, null, Action.DRAG, target(e.data().get("target")), null,
            target(e.data().get("to")), null, null, null, pageField(e), e.frames(), null);
        add(out, s, e);
        page.lastAction = e.timestamp();
      }
      case "assert" -> onAssert(e, out);
      case "warning" -> onWarning(e, out);
      case "dialog" -> onDialog(e, out);
      case "popup" -> onPopup(e, page, out);
      case "pageclose" -> {
        if (!Step.MAIN_PAGE.equals(e.page()) && e.timestamp() - page.lastAction > CAUSED_NAVIGATION_MS) {
          add(out, step(e, Action.CLOSE_PAGE, null, null), e);
        }
      }
      default -> { }
    }
    return out;
  }

  private static String sentKey(String page, JsonNode data) {
    return page + "|" + data.path("doc").asText() + "|" + data.path("seq").asText();
  }

  /** Replaces the targets built from an earlier event by those of its masked copy. */
  private void onRedact(RawEvent e, List<StepChange> out) {
    JsonNode original = sentTargets.get(sentKey(e.page(), e.data()));
    JsonNode masked = e.data().get("event");
    if (original == null || masked == null) {
      return;
    }
    sentTargets.put(sentKey(e.page(), e.data()), masked);
    Target oldTarget = target(original.get("target"));
    Target oldTo = target(original.get("to"));
    Target newTarget = target(masked.get("target"));
    Target newTo = target(masked.get("to"));
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i).step;
      Step r = s;
      if (oldTarget != null && oldTarget.equals(s.target())) {
        r = r.withTarget(newTarget);
      }
      if (oldTo != null && oldTo.equals(s.to())) {
        r = new Step(r.id(), r.name(), r.action(), r.target(), r.value(), newTo, r.dialog(), r.assertion(), r.opens(),
            r.page(), r.frames(), r.options());
      }
      if (r != s) {
        steps.set(i, steps.get(i).with(r));
        out.add(new StepChange.Replaced(i, r));
      }
    }
  }

  /** The steps so far, in order. */
  public List<Step> steps() {
    return steps.stream().map(en -> en.step).toList();
  }

  /** The secret variables the recorded fills refer to. */
  public List<Variable> variables() {
    return List.copyOf(variables.values());
  }

  /** The recording as a spec. */
  public TestSpec toSpec(String name, String device) {
    return new TestSpec(TestSpec.CURRENT_SCHEMA, name, null, List.of(), baseUrl, device, null,
        variables(), null, steps());
  }

  // ------------------------------------------------------------------ rules

  private void onPageLoad(RawEvent e, PageState page, List<StepChange> out) {
    String url = e.text("url");
    if (url == null || url.startsWith("about:") || url.startsWith("chrome-error:")) {
      return;
    }
    if (page.expectLoad) {
      page.expectLoad = false;
      if (page.history.isEmpty()) {
        page.push(url);
      } else {
        page.history.set(page.index, url);
      }
      return;
    }
    String type = e.text("navType");
    boolean recent = e.timestamp() - page.lastAction <= CAUSED_NAVIGATION_MS;
    if ("back_forward".equals(type)) {
      historyStep(e, page, out);
      return;
    }
    if ("reload".equals(type)) {
      if (!recent) {
        add(out, step(e, Action.RELOAD, null, null), e);
        page.lastAction = e.timestamp();
      }
      return;
    }
    // A link or a form leaves a referrer; a typed URL does not.
    boolean caused = e.text("referrer") != null || recent;
    page.push(url);
    if (!caused) {
      add(out, step(e, Action.NAVIGATE, null, relative(url)), e);
      page.lastAction = e.timestamp();
    }
  }

  private void historyStep(RawEvent e, PageState page, List<StepChange> out) {
    String url = e.text("url");
    Action action;
    if (page.index > 0 && Objects.equals(page.history.get(page.index - 1), url)) {
      action = Action.BACK;
      page.index--;
    } else if (page.index + 1 < page.history.size() && Objects.equals(page.history.get(page.index + 1), url)) {
      action = Action.FORWARD;
      page.index++;
    } else {
      action = Action.BACK;
      page.moveTo(url);
    }
    add(out, step(e, action, null, null), e);
    page.lastAction = e.timestamp();
  }

  private void onDoubleClick(RawEvent e, PageState page, List<StepChange> out) {
    Target t = target(e.data().get("target"));
    int last = lastIndexInPage(e.page());
    if (last >= 0) {
      Entry prev = steps.get(last);
      if (prev.step.action() == Action.CLICK && sameTarget(prev.step.target(), t)
          && e.timestamp() - prev.timestamp <= DOUBLE_CLICK_MS) {
        Step replaced = prev.step.withAction(Action.DBLCLICK).withTarget(keepLocated(prev.step.target(), t));
        steps.set(last, new Entry(replaced, e.timestamp()));
        out.add(new StepChange.Replaced(last, replaced));
        page.lastAction = e.timestamp();
        return;
      }
    }
    add(out, step(e, Action.DBLCLICK, t, null), e);
    page.lastAction = e.timestamp();
  }

  private void onFill(RawEvent e, PageState page, List<StepChange> out) {
    Action action = "type".equals(e.kind()) ? Action.TYPE : Action.FILL;
    Target t = target(e.data().get("target"));
    String digest = e.text("valueDigest");
    String value;
    if (e.flag("secret")) {
      String name = safeVariableName(e.text("secretName"));
      variables.putIfAbsent(name, Variable.secret(name));
      value = "${" + name + "}";
      if (secrets.learn(digest, name)) {
        maskEarlierFills(digest, name, out);
      }
    } else if (secrets.variableFor(digest) != null) {
      // A secret typed again where it is not a secret field: still the secret's variable.
      value = "${" + secrets.variableFor(digest) + "}";
      secrets.seen(e.text("value"), secrets.variableFor(digest));
    } else {
      value = e.text("value");
      if (value == null) {
        value = "";
      }
    }
    int last = lastIndexInPage(e.page());
    if (last >= 0) {
      Entry prev = steps.get(last);
      boolean sameField = sameTarget(prev.step.target(), t) && prev.step.frames().equals(e.frames());
      // An editor's keys are sent in pieces (what was typed between two other steps): each piece
      // is typed after the last, never instead of it.
      boolean merges = !e.flag("editor") && (prev.step.action() == Action.FILL || prev.step.action() == Action.TYPE);
      if (sameField && merges) {
        Step merged = prev.step.withValue(value).withTarget(keepLocated(prev.step.target(), t));
        steps.set(last, new Entry(merged, e.timestamp(), digest));
        out.add(new StepChange.Replaced(last, merged));
        page.lastAction = e.timestamp();
        return;
      }
      if (sameField && prev.step.action() == Action.CLICK && prev.step.opens() == null) {
        // The click only put the caret in the field; the fill says all there is to say.
        steps.remove(last);
        out.add(new StepChange.Removed(last, prev.step));
      }
    }
    add(out, step(e, action, t, value), e, digest);
    page.lastAction = e.timestamp();
  }

  /** Fills recorded before a secret was typed that hold the same value now refer to its variable. */
  private void maskEarlierFills(String digest, String variable, List<StepChange> out) {
    String reference = "${" + variable + "}";
    for (int i = 0; i < steps.size(); i++) {
      Entry en = steps.get(i);
      if (digest.equals(en.valueDigest) && !reference.equals(en.step.value())) {
        Step s = en.step;
        secrets.seen(s.action() == Action.ASSERT ? s.assertion().expected() : s.value(), variable);
        Step masked = s.action() == Action.ASSERT
            ? new Step(s.id(), s.name(), s.action(), s.target(), s.value(), s.to(), s.dialog(),
                new Assertion(s.assertion().kind(), reference, s.assertion().match(), s.assertion().attribute()),
                s.opens(), s.page(), s.frames(), s.options())
            : s.withValue(reference);
        steps.set(i, en.with(masked));
        out.add(new StepChange.Replaced(i, masked));
      }
    }
  }

  /**
   * A multiple list changes with every option Ctrl-clicked: the step holds the choice it ends
   * with, as consecutive fills of one field do.
   */
  private void onSelect(RawEvent e, PageState page, List<StepChange> out) {
    Target t = target(e.data().get("target"));
    String value = e.text("value");
    int last = lastIndexInPage(e.page());
    if (last >= 0) {
      Entry prev = steps.get(last);
      if (prev.step.action() == Action.SELECT && sameTarget(prev.step.target(), t)
          && prev.step.frames().equals(e.frames())) {
        Step merged = prev.step.withValue(value).withTarget(keepLocated(prev.step.target(), t));
        steps.set(last, new Entry(merged, e.timestamp()));
        out.add(new StepChange.Replaced(last, merged));
        page.lastAction = e.timestamp();
        return;
      }
    }
    add(out, step(e, Action.SELECT, t, value), e);
    page.lastAction = e.timestamp();
  }

  private void onAssert(RawEvent e, List<StepChange> out) {
    JsonNode a = e.data().path("assertion");
    AssertionKind kind;
    try {
      kind = AssertionKind.fromFileName(a.path("kind").asText());
    } catch (IllegalArgumentException ex) {
      return;
    }
    String expected = a.hasNonNull("expected") ? a.get("expected").asText() : null;
    if (kind == AssertionKind.URL && expected != null) {
      expected = relative(expected);
    }
    String digest = a.hasNonNull("valueDigest") ? a.get("valueDigest").asText() : null;
    String variable = secrets.variableFor(digest);
    if (variable != null) {
      secrets.seen(expected, variable);
      expected = "${" + variable + "}";
    }
    Assertion assertion = new Assertion(kind,
        expected, kind == AssertionKind.URL && expected != null && !expected.contains("://") ? MatchMode.CONTAINS : null,
        null);
    JsonNode t = e.data().get("target");
    Step s = new Step(null, null, Action.ASSERT, t == null || t.isNull() ? null : target(t), null, null, null,
        assertion, null, pageField(e), e.frames(), null);
    add(out, s, e, digest);
  }

  /**
   * A warning stands where the gap began, even when it is found out later (a frame is known to
   * run no recorder only when it does not answer): steps recorded after that moment follow it.
   */
  private void onWarning(RawEvent e, List<StepChange> out) {
    JsonNode t = e.data().get("target");
    Step s = step(e, Action.WARNING, t == null || t.isNull() ? null : target(t), e.text("message")).withId(newId());
    int at = steps.size();
    while (at > 0 && steps.get(at - 1).timestamp > e.timestamp()) {
      at--;
    }
    steps.add(at, new Entry(s, e.timestamp()));
    out.add(new StepChange.Added(at, s));
  }

  private void onDialog(RawEvent e, List<StepChange> out) {
    String prompt = e.text("promptText");
    DialogAnswer answer = new DialogAnswer(e.flag("accept"), "prompt".equals(e.text("type")) ? prompt : null,
        e.text("message"));
    Step s = new Step(null, null, Action.DIALOG, null, null, null, answer, null, null, pageField(e), List.of(), null);
    int cause = lastCause(e.page(), e.timestamp());
    if (cause < 0) {
      add(out, s, e);
      return;
    }
    Step withId = s.withId(newId());
    steps.add(cause, new Entry(withId, e.timestamp()));
    out.add(new StepChange.Added(cause, withId));
  }

  private void onPopup(RawEvent e, PageState page, List<StepChange> out) {
    page.expectLoad = true;
    String opener = e.text("opener");
    if (opener == null) {
      return;
    }
    int cause = lastCause(opener, e.timestamp());
    if (cause < 0) {
      return;
    }
    Step prev = steps.get(cause).step;
    Step withOpens = new Step(prev.id(), prev.name(), prev.action(), prev.target(), prev.value(), prev.to(),
        prev.dialog(), prev.assertion(), e.page(), prev.page(), prev.frames(), prev.options());
    steps.set(cause, steps.get(cause).with(withOpens));
    out.add(new StepChange.Replaced(cause, withOpens));
  }

  // ------------------------------------------------------------------ helpers

  private int lastCause(String page, long ts) {
    for (int i = steps.size() - 1; i >= 0; i--) {
      Entry en = steps.get(i);
      if (!en.step.pageName().equals(page)) {
        continue;
      }
      if (ts - en.timestamp > CAUSE_WINDOW_MS) {
        return -1;
      }
      if (CAUSES.contains(en.step.action())) {
        return i;
      }
    }
    return -1;
  }

  private int lastIndexInPage(String page) {
    for (int i = steps.size() - 1; i >= 0; i--) {
      Step s = steps.get(i).step;
      if (s.pageName().equals(page) && s.action() != Action.DIALOG && s.action() != Action.WARNING) {
        return i;
      }
    }
    return -1;
  }

  private static boolean sameTarget(Target a, Target b) {
    if (a == null || b == null) {
      return false;
    }
    if (a.primary() != null && a.primary().equals(b.primary())) {
      return true;
    }
    // A fill changes the field's value, and with it value-derived locators; compare the rest.
    ElementFingerprint fa = a.fingerprint();
    ElementFingerprint fb = b.fingerprint();
    return fa != null && fb != null && fa.xpath() != null && fa.xpath().equals(fb.xpath())
        && Objects.equals(fa.tag(), fb.tag());
  }

  private void add(List<StepChange> out, Step s, RawEvent e) {
    add(out, s, e, null);
  }

  private void add(List<StepChange> out, Step s, RawEvent e, String valueDigest) {
    Step withId = lostTargetAsWarning(s).withId(newId());
    steps.add(new Entry(withId, e.timestamp(), valueDigest));
    out.add(new StepChange.Added(steps.size() - 1, withId));
  }

  /**
   * A step whose element the recorder could not locate (the page replaced it before its locators
   * were verified, or every candidate was a generated id) would make a spec that does not load;
   * it becomes a recording gap the person sees and can record again.
   */
  static Step lostTargetAsWarning(Step s) {
    boolean lost = s.action().needsTarget() && !located(s.target())
        || s.action() == Action.DRAG && !located(s.to())
        || s.action() == Action.ASSERT && s.assertion() != null && s.assertion().kind().needsTarget()
            && !located(s.target());
    if (!lost) {
      return s;
    }
    String what = s.action() == Action.ASSERT ? "assertion (" + s.assertion().kind().fileName() + ")"
        : s.action().fileName();
    Target t = s.target();
    String element = t == null || t.fingerprint() == null ? "" : " on " + describe(t.fingerprint());
    return new Step(null, null, Action.WARNING, null,
        "could not record a locator for this " + what + element
            + ": the page replaced the element before it could be located. Record this step again,"
            + " or change this warning into the step and pick its element in the editor",
        null, null, null, null, s.page(), s.frames(), null);
  }

  private static boolean located(Target t) {
    return t != null && t.primary() != null;
  }

  private static String describe(ElementFingerprint fp) {
    String text = fp.accessibleName() != null ? fp.accessibleName() : fp.text();
    String tag = fp.tag() == null ? "element" : "<" + fp.tag() + ">";
    if (text == null || text.isBlank()) {
      return tag;
    }
    String shown = text.strip().replaceAll("\\s+", " ");
    return tag + " \"" + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown) + "\"";
  }

  /** A merged step keeps the locators it had when the later event's element could not be located. */
  private static Target keepLocated(Target before, Target now) {
    return located(now) || !located(before) ? now : before;
  }

  private String newId() {
    return "s" + nextId++;
  }

  private static Step step(RawEvent e, Action action, Target target, String value) {
    return new Step(null, null, action, target, value, null, null, null, null, pageField(e), e.frames(), null);
  }

  private static String pageField(RawEvent e) {
    return e.page() == null || Step.MAIN_PAGE.equals(e.page()) ? null : e.page();
  }

  Target target(JsonNode t) {
    if (t == null || t.isNull()) {
      return null;
    }
    List<Locator> locators = ranker.rank(t.get("candidates"));
    ElementFingerprint fp = null;
    JsonNode f = t.get("fingerprint");
    if (f != null && f.isObject()) {
      try {
        fp = FINGERPRINTS.treeToValue(f, ElementFingerprint.class);
      } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
        fp = null;
      }
    }
    return new Target(locators, fp);
  }

  String relative(String url) {
    if (url == null || baseUrl == null) {
      return url;
    }
    try {
      URI base = URI.create(baseUrl);
      URI u = URI.create(url);
      if (Objects.equals(base.getScheme(), u.getScheme()) && Objects.equals(base.getAuthority(), u.getAuthority())) {
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery())
            + (u.getRawFragment() == null ? "" : "#" + u.getRawFragment());
      }
    } catch (IllegalArgumentException ex) {
      return url;
    }
    return url;
  }

  private static String safeVariableName(String name) {
    if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      return "secret";
    }
    return name;
  }

  /**
   * @param valueDigest the page's digest of a fill's value (see recorder.js): compared with secrets'
   *     digests, never written anywhere
   */
  private record Entry(Step step, long timestamp, String valueDigest) {
    Entry(Step step, long timestamp) {
      this(step, timestamp, null);
    }

    /** The same entry holding a changed step (a redacted target, a popup it opens, a masked value). */
    Entry with(Step changed) {
      return new Entry(changed, timestamp, valueDigest);
    }
  }

  private static final class PageState {
    final List<String> history = new ArrayList<>();
    int index = -1;
    long lastAction = Long.MIN_VALUE / 2;
    boolean expectLoad;

    void push(String url) {
      if (url == null) {
        return;
      }
      if (index >= 0 && index < history.size() && url.equals(history.get(index))) {
        return;
      }
      while (history.size() > index + 1) {
        history.remove(history.size() - 1);
      }
      history.add(url);
      index = history.size() - 1;
    }

    void moveTo(String url) {
      int i = history.lastIndexOf(url);
      if (i >= 0) {
        index = i;
      } else {
        push(url);
      }
    }
  }
}
