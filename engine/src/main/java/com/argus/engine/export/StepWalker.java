package com.argus.engine.export;

import com.argus.engine.export.Operation.Check;
import com.argus.engine.export.Operation.Count;
import com.argus.engine.export.Operation.Element;
import com.argus.engine.export.Operation.Expected;
import com.argus.engine.export.Operation.Piece;
import com.argus.engine.export.Operation.Popup;
import com.argus.engine.export.Operation.Value;
import com.argus.engine.spec.Action;
import com.argus.engine.spec.Assertion;
import com.argus.engine.spec.AssertionKind;
import com.argus.engine.spec.FrameRef;
import com.argus.engine.spec.MatchMode;
import com.argus.engine.spec.SelectOptions;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.Target;
import com.argus.engine.spec.Variable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns a spec's steps into {@link Operation}s, deciding everything that does not depend on the
 * target language: the page each step acts in, the locator, the Playwright call, how values use
 * variables and row cells, which steps cannot be exported and why. The issues it finds are added to
 * the {@link SpecPlan} once per walk; steps disabled in the spec are walked for display only and
 * report nothing.
 *
 * <p>Not thread-safe; one per spec per export.
 */
final class StepWalker {
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  /** The largest wait or count both languages take as a literal (a Java int; JavaScript timers stop there too). */
  private static final BigInteger LARGEST_NUMBER = BigInteger.valueOf(Integer.MAX_VALUE);

  /**
   * A spec variable the test declares before its steps.
   *
   * @param secretName the environment name a secret is read from, or null for a plain value
   * @param value the plain value (empty when the spec has none); null for a secret
   */
  record Declaration(String id, String secretName, String value) {}

  /**
   * One step of the spec as operations.
   *
   * @param name the step's own name, or null
   * @param opensPage whether the step opens a page later steps use
   */
  record WalkedStep(String title, boolean enabled, String name, boolean opensPage, List<Operation> operations) {}

  private final SpecPlan plan;
  private final boolean softAssertions;
  private final boolean javaScriptRegexes;
  /** False while walking a disabled step: it is only shown, so it reports nothing. */
  private boolean reporting = true;

  /**
   * @param format the language written: TypeScript lets a failed assertion continue the test (other
   *     steps marked continue-on-failure always fail it, which is noted) and needs every pattern in
   *     JavaScript's regex syntax
   */
  StepWalker(SpecPlan plan, ExportFormat format) {
    this.plan = plan;
    this.softAssertions = format == ExportFormat.PLAYWRIGHT_TS;
    this.javaScriptRegexes = format == ExportFormat.PLAYWRIGHT_TS;
  }

  /** The variables some step uses, in the spec's order; row columns are not declared. */
  List<Declaration> declarations() {
    List<Declaration> out = new ArrayList<>();
    for (Variable v : plan.spec.variables()) {
      if (!plan.isColumn(v.name()) && plan.referenced.contains(v.name())) {
        String id = plan.variableIds.get(v.name());
        out.add(v.isSecret()
            ? new Declaration(id, v.name().toUpperCase(Locale.ROOT), null)
            : new Declaration(id, null, v.value() == null ? "" : v.value()));
      }
    }
    return out;
  }

  /** Every step of the spec, in order. */
  List<WalkedStep> steps() {
    List<WalkedStep> out = new ArrayList<>();
    for (Step s : plan.spec.steps()) {
      reporting = s.isEnabled();
      boolean named = s.name() != null && !s.name().isBlank();
      out.add(new WalkedStep(s.title(), s.isEnabled(), named ? s.name() : null, s.opens() != null, operations(s)));
    }
    reporting = true;
    return out;
  }

  private List<Operation> operations(Step s) {
    String page = plan.pageIds.get(s.pageName());
    if (page == null) {
      return List.of(unsupported(s, "it acts in page '" + s.pageName() + "', which no earlier enabled step opens"));
    }
    Integer timeout = s.effectiveOptions().timeoutMs();
    if (s.effectiveOptions().isContinueOnFailure() && reporting) {
      if (!softAssertions) {
        plan.note(s, "continueOnFailure is not exported to Java; this step fails the test");
      } else if (s.action() != Action.ASSERT) {
        plan.note(s, "continueOnFailure is exported only for assertions (as expect.soft); this step fails the test");
      }
    }
    // A switch expression: an action added to the model does not compile until it is exported.
    Operation operation = switch (s.action()) {
      case NAVIGATE -> new Operation.Navigate(page, value(s.value()), timeout);
      case BACK -> new Operation.PageHistory(page, "goBack", timeout);
      case FORWARD -> new Operation.PageHistory(page, "goForward", timeout);
      case RELOAD -> new Operation.PageHistory(page, "reload", timeout);
      case CLICK -> elementCall(s, page, "click", null, timeout);
      case DBLCLICK -> elementCall(s, page, "dblclick", null, timeout);
      case RIGHTCLICK -> withTarget(s, page, e -> new Operation.RightClick(e, timeout, popup(s)));
      case FILL -> elementCall(s, page, "fill", value(s.value()), timeout);
      case TYPE -> elementCall(s, page, "pressSequentially", value(s.value()), timeout);
      case PRESS -> s.target() == null
          ? new Operation.KeyboardPress(page, value(s.value()))
          : elementCall(s, page, "press", value(s.value()), timeout);
      case SELECT -> withTarget(s, page, e -> SelectOptions.isMultiple(s.value())
          ? new Operation.SelectOption(e, SelectOptions.split(s.value()).stream().map(this::value).toList(), true,
              timeout, popup(s))
          : new Operation.SelectOption(e, List.of(value(s.value())), false, timeout, popup(s)));
      case CHECK -> elementCall(s, page, "check", null, timeout);
      case UNCHECK -> elementCall(s, page, "uncheck", null, timeout);
      case HOVER -> elementCall(s, page, "hover", null, timeout);
      case DRAG -> withTarget(s, page, from -> {
        Optional<Element> to = element(s, page, s.to());
        return to.isEmpty()
            ? unsupported(s, "its drop target has no locator Playwright can express")
            : new Operation.DragTo(from, to.get(), timeout, popup(s));
      });
      case UPLOAD -> withTarget(s, page, e -> {
        SpecPlan.Upload upload = plan.uploads.get(s.value());
        return new Operation.SetInputFiles(e, upload == null ? value(s.value()) : Value.text(upload.exportedPath()),
            timeout);
      });
      case SWITCH_FRAME -> new Operation.FrameNote(describeFrames(s.frames()));
      case SWITCH_PAGE -> {
        String other = plan.pageIds.get(s.value());
        yield other == null
            ? unsupported(s, "it switches to page '" + s.value() + "', which no earlier enabled step opens")
            : new Operation.BringToFront(other);
      }
      case CLOSE_PAGE -> new Operation.ClosePage(page);
      case DIALOG -> {
        var d = s.dialog();
        yield new Operation.HandleDialog(page, d.accept(),
            d.accept() && d.promptText() != null ? value(d.promptText()) : null,
            d.message() == null ? null : value(d.message()));
      }
      case WAIT -> waitStep(s, page, timeout);
      case ASSERT -> assertion(s, page, timeout);
      case WARNING -> {
        String text = s.value() == null ? "the recorder could not see part of this test" : s.value();
        if (reporting) {
          plan.note(s, "recording gap: " + text);
        }
        yield new Operation.RecordingGap(text);
      }
    };
    return List.of(operation);
  }

  private Operation elementCall(Step s, String page, String method, Value argument, Integer timeout) {
    return withTarget(s, page, e -> new Operation.ElementCall(e, method, argument, timeout, popup(s)));
  }

  private Operation withTarget(Step s, String page, Function<Element, Operation> use) {
    Optional<Element> e = element(s, page, s.target());
    return e.isEmpty()
        ? unsupported(s, "none of its locators can be expressed in Playwright ("
            + (s.target() == null ? "no target" : s.target().describe()) + ")")
        : use.apply(e.get());
  }

  /** The page an enabled step opens, with a fresh name for the promise that waits for it. */
  private Popup popup(Step s) {
    String popup = s.opens() == null ? null : plan.pageIds.get(s.opens());
    if (popup == null || !s.isEnabled()) {
      return null;
    }
    return new Popup(popup, plan.names.allocate(popup + "Promise", ""));
  }

  private Operation waitStep(Step s, String page, Integer timeout) {
    if (s.target() != null) {
      return withTarget(s, page, e -> new Operation.ExpectElement(e, new Check.Visible(), timeout, false));
    } else if (DIGITS.matcher(s.value().trim()).matches()) {
      String millis = number(s.value().trim());
      return millis == null
          ? unsupported(s, "it waits " + s.value().trim() + " ms, longer than Playwright can wait (at most "
              + LARGEST_NUMBER + " ms)")
          : new Operation.WaitForTimeout(page, millis);
    } else if (!s.frames().isEmpty()) {
      return unsupported(s, "it waits for a JavaScript condition inside a frame");
    }
    return new Operation.WaitForFunction(page, value(s.value()), timeout);
  }

  private Operation assertion(Step s, String page, Integer timeout) {
    Assertion a = s.assertion();
    boolean soft = s.effectiveOptions().isContinueOnFailure();
    String expected = a.expected() == null ? "" : a.expected();
    MatchMode match = a.matchMode();
    if (match == MatchMode.MATCHES && plan.parts(expected).isLiteral()) {
      String problem = patternProblem(expected);
      if (problem != null) {
        return unsupported(s, "its pattern '" + expected + "' cannot be exported: " + problem);
      }
    }
    if (a.kind() == AssertionKind.COUNT && plan.parts(expected).isLiteral()
        && DIGITS.matcher(expected.trim()).matches() && number(expected.trim()) == null) {
      return unsupported(s, "it expects a count of " + expected.trim() + ", more than Playwright can check (at most "
          + LARGEST_NUMBER + ")");
    }
    if (a.kind() == AssertionKind.URL || a.kind() == AssertionKind.TITLE) {
      Operation.PageCheck check = a.kind() == AssertionKind.URL ? Operation.PageCheck.URL : Operation.PageCheck.TITLE;
      return new Operation.ExpectPage(page, check, expected(expected, match), timeout, soft);
    }
    return withTarget(s, page, e -> {
      Check check = switch (a.kind()) {
        case VISIBLE -> new Check.Visible();
        case HIDDEN -> new Check.Hidden();
        case TEXT -> match == MatchMode.CONTAINS
            ? new Check.ContainsText(value(expected))
            : new Check.HasText(expected(expected, match));
        case VALUE -> new Check.HasValue(expected(expected, match));
        case CHECKED -> new Check.Checked(!"false".equalsIgnoreCase(expected.trim()));
        case COUNT -> new Check.HasCount(count(expected));
        case ATTRIBUTE -> new Check.HasAttribute(a.attribute(), expected(expected, match));
        case URL, TITLE -> throw new IllegalStateException(a.kind() + " is a page assertion");
      };
      return new Operation.ExpectElement(e, check, timeout, soft);
    });
  }

  /** Equal to the value, else a regular expression: the pattern itself, or the text quoted. */
  private Expected expected(String expected, MatchMode match) {
    if (match == MatchMode.EQUALS) {
      return new Expected.Exactly(value(expected));
    }
    boolean quote = match != MatchMode.MATCHES;
    if (plan.parts(expected).isLiteral()) {
      return new Expected.Regex(quote ? Regexes.quote(expected) : expected);
    }
    return new Expected.RegexOf(value(expected), quote);
  }

  private Count count(String expected) {
    if (plan.parts(expected).isLiteral() && DIGITS.matcher(expected.trim()).matches()) {
      return new Count(number(expected.trim()), null);
    }
    return new Count(null, value(expected));
  }

  /**
   * Digits as a literal both languages read as the same int: without leading zeros (an octal
   * literal in Java, an error in strict JavaScript), or null when too large for one.
   */
  private static String number(String digits) {
    BigInteger n = new BigInteger(digits);
    return n.compareTo(LARGEST_NUMBER) > 0 ? null : n.toString();
  }

  /** Why a pattern known at export time cannot be written for this language, or null. */
  private String patternProblem(String pattern) {
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      return "it is not a valid regular expression (" + e.getDescription() + " at index " + e.getIndex() + ")";
    }
    return javaScriptRegexes ? Regexes.javaScriptProblem(pattern) : null;
  }

  private Optional<Element> element(Step s, String page, Target target) {
    return PwLocator.choose(target, plan.testIdAttribute).map(l ->
        new Element(page, s.frames().stream().map(FrameRef::iframeSelector).toList(), l));
  }

  private Operation unsupported(Step s, String reason) {
    if (reporting) {
      plan.unsupported(s, reason);
    }
    return new Operation.Unsupported(s.id(), reason);
  }

  /** A recorded string with its {@code ${name}} references resolved to row cells or variables. */
  Value value(String text) {
    List<Piece> pieces = new ArrayList<>();
    for (ValueParts.Part p : plan.parts(text).parts()) {
      if (!p.isReference()) {
        pieces.add(new Piece.Text(p.text()));
      } else if (plan.isColumn(p.reference())) {
        pieces.add(new Piece.Column(p.reference()));
      } else {
        pieces.add(new Piece.Variable(plan.variableIds.get(p.reference())));
      }
    }
    return new Value(List.copyOf(pieces));
  }

  static String describeFrames(List<FrameRef> frames) {
    return frames.isEmpty() ? "the page" : String.join(" › ", frames.stream().map(FrameRef::describe).toList());
  }
}
