package com.argus.engine.export;

import com.argus.engine.spec.Assertion;
import com.argus.engine.spec.AssertionKind;
import com.argus.engine.spec.FrameRef;
import com.argus.engine.spec.MatchMode;
import com.argus.engine.spec.SelectOptions;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.Target;
import com.argus.engine.spec.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Writes the test method of one spec as JUnit 5 + Playwright-java: one statement a step, step
 * names as comments, web-first {@code PlaywrightAssertions.assertThat}, every recorded string
 * through {@link Literals#java}.
 *
 * <p>Not thread-safe; one per spec.
 */
final class JavaTestWriter {
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private final SpecPlan plan;
  final Set<String> imports = new TreeSet<>();
  boolean needsSecret;
  boolean needsFile;
  private boolean reporting = true;

  JavaTestWriter(SpecPlan plan) {
    this.plan = plan;
  }

  /** The test method (and, for data rows, its row source), indented for a class body. */
  String write() {
    Code code = new Code(1);
    String method = Names.camel(plan.specName(), false);
    if (plan.data.isEmpty()) {
      imports.add("org.junit.jupiter.api.Test");
      imports.add("org.junit.jupiter.api.DisplayName");
      code.line("@Test");
      code.line("@DisplayName(" + Literals.java(plan.specName()) + ")");
      code.open("void " + method + "() {");
    } else {
      imports.add("org.junit.jupiter.params.ParameterizedTest");
      imports.add("org.junit.jupiter.params.provider.MethodSource");
      imports.add("org.junit.jupiter.api.DisplayName");
      imports.add("java.util.LinkedHashMap");
      imports.add("java.util.Map");
      imports.add("java.util.stream.Stream");
      code.open("static Stream<Map<String, String>> rows() {");
      code.line("return Stream.of(");
      List<Map<String, String>> rows = plan.data.rows();
      for (int i = 0; i < rows.size(); i++) {
        List<String> cells = new ArrayList<>();
        rows.get(i).forEach((k, v) -> {
          cells.add(Literals.java(k));
          cells.add(Literals.java(v));
        });
        code.line("    row(" + String.join(", ", cells) + ")" + (i + 1 < rows.size() ? "," : ");"));
      }
      code.close("}");
      code.blank();
      code.line("@ParameterizedTest(name = \"row {index}\")");
      code.line("@MethodSource(\"rows\")");
      code.line("@DisplayName(" + Literals.java(plan.specName()) + ")");
      code.open("void " + method + "(Map<String, String> row) {");
    }
    body(code);
    code.close("}");
    return code.toString();
  }

  private void body(Code code) {
    boolean declared = false;
    for (Variable v : plan.spec.variables()) {
      if (!plan.isColumn(v.name()) && plan.referenced.contains(v.name())) {
        String id = plan.variableIds.get(v.name());
        if (v.isSecret()) {
          needsSecret = true;
          code.line("String " + id + " = secret(" + Literals.java(v.name().toUpperCase(Locale.ROOT)) + ");");
        } else {
          code.line("String " + id + " = " + Literals.java(v.value() == null ? "" : v.value()) + ";");
        }
        declared = true;
      }
    }
    if (declared) {
      code.blank();
    }
    for (Step s : plan.spec.steps()) {
      step(s, code);
    }
  }

  private void step(Step s, Code code) {
    if (!s.isEnabled()) {
      code.line("// Disabled in the spec: " + Literals.comment(s.title()));
      Code shown = new Code(code.level());
      reporting = false;
      render(s, shown);
      reporting = true;
      code.appendCommented(shown);
      return;
    }
    if (s.name() != null && !s.name().isBlank()) {
      code.line("// " + Literals.comment(s.name()));
    }
    render(s, code);
  }

  private void render(Step s, Code code) {
    String page = plan.pageIds.get(s.pageName());
    if (page == null) {
      abort(s, code, "it acts in page '" + s.pageName() + "', which no earlier enabled step opens");
      return;
    }
    Integer timeout = s.effectiveOptions().timeoutMs();
    if (s.effectiveOptions().isContinueOnFailure() && reporting) {
      plan.note(s, "continueOnFailure is not exported to Java; this step fails the test");
    }
    switch (s.action()) {
      case NAVIGATE -> code.line(page + ".navigate(" + expr(s.value()) + opts("Page.NavigateOptions", timeout) + ");");
      case BACK -> code.line(page + ".goBack(" + optsOnly("Page.GoBackOptions", timeout) + ");");
      case FORWARD -> code.line(page + ".goForward(" + optsOnly("Page.GoForwardOptions", timeout) + ");");
      case RELOAD -> code.line(page + ".reload(" + optsOnly("Page.ReloadOptions", timeout) + ");");
      case CLICK -> elementAction(s, code, page, "click", "", timeout);
      case DBLCLICK -> elementAction(s, code, page, "dblclick", "", timeout);
      case RIGHTCLICK -> withTarget(s, code, page, l -> {
        imports.add("com.microsoft.playwright.options.MouseButton");
        imports.add("com.microsoft.playwright.Locator");
        opener(s, code, page, l + ".click(new Locator.ClickOptions().setButton(MouseButton.RIGHT)"
            + (timeout == null ? "" : ".setTimeout(" + timeout + ")") + ");");
      });
      case FILL -> elementAction(s, code, page, "fill", expr(s.value()), timeout);
      case TYPE -> elementAction(s, code, page, "pressSequentially", expr(s.value()), timeout);
      case PRESS -> {
        if (s.target() == null) {
          code.line(page + ".keyboard().press(" + expr(s.value()) + ");");
        } else {
          elementAction(s, code, page, "press", expr(s.value()), timeout);
        }
      }
      case SELECT -> elementAction(s, code, page, "selectOption", options(s.value()), timeout);
      case CHECK -> elementAction(s, code, page, "check", "", timeout);
      case UNCHECK -> elementAction(s, code, page, "uncheck", "", timeout);
      case HOVER -> elementAction(s, code, page, "hover", "", timeout);
      case DRAG -> withTarget(s, code, page, from -> {
        Optional<String> to = locator(s, page, s.to());
        if (to.isEmpty()) {
          abort(s, code, "its drop target has no locator Playwright can express");
        } else {
          opener(s, code, page, from + ".dragTo(" + to.get() + opts("Locator.DragToOptions", timeout) + ");");
        }
      });
      case UPLOAD -> withTarget(s, code, page, l -> {
        needsFile = true;
        SpecPlan.Upload upload = plan.uploads.get(s.value());
        String arg = upload == null ? expr(s.value()) : Literals.java(upload.exportedPath());
        code.line(l + ".setInputFiles(file(" + arg + ")" + opts("Locator.SetInputFilesOptions", timeout) + ");");
      });
      case SWITCH_FRAME -> code.line("// Now in " + Literals.comment(TsTestWriter.describeFrames(s.frames()))
          + "; each step names its own frames.");
      case SWITCH_PAGE -> {
        String other = plan.pageIds.get(s.value());
        if (other == null) {
          abort(s, code, "it switches to page '" + s.value() + "', which no earlier enabled step opens");
        } else {
          code.line(other + ".bringToFront();");
        }
      }
      case CLOSE_PAGE -> code.line(page + ".close();");
      case DIALOG -> dialog(s, code, page);
      case WAIT -> waitStep(s, code, page, timeout);
      case ASSERT -> assertion(s, code, page, timeout);
      case WARNING -> {
        String text = s.value() == null ? "the recorder could not see part of this test" : s.value();
        code.line("// Recording gap: " + Literals.comment(text));
        if (reporting) {
          plan.note(s, "recording gap: " + text);
        }
      }
    }
  }

  private void elementAction(Step s, Code code, String page, String method, String arg, Integer timeout) {
    String options = "Locator." + Character.toUpperCase(method.charAt(0)) + method.substring(1) + "Options";
    withTarget(s, code, page, l -> opener(s, code, page,
        l + "." + method + "(" + arg + (arg.isEmpty() ? optsOnly(options, timeout) : opts(options, timeout)) + ");"));
  }

  private void withTarget(Step s, Code code, String page, java.util.function.Consumer<String> use) {
    Optional<String> l = locator(s, page, s.target());
    if (l.isEmpty()) {
      abort(s, code, "none of its locators can be expressed in Playwright ("
          + (s.target() == null ? "no target" : s.target().describe()) + ")");
    } else {
      use.accept(l.get());
    }
  }

  /** The statement, wrapped in {@code waitForPopup} when the step opens a page. */
  private void opener(Step s, Code code, String page, String statement) {
    String popup = s.opens() == null ? null : plan.pageIds.get(s.opens());
    if (popup == null || !s.isEnabled()) {
      code.line(statement);
      return;
    }
    imports.add("com.microsoft.playwright.Page");
    code.open("Page " + popup + " = " + page + ".waitForPopup(() -> {");
    code.line(statement);
    code.close("});");
  }

  private void dialog(Step s, Code code, String page) {
    var d = s.dialog();
    String answer = d.accept()
        ? "dialog.accept(" + (d.promptText() == null ? "" : expr(d.promptText())) + ");"
        : "dialog.dismiss();";
    if (d.message() == null) {
      code.line(page + ".onceDialog(dialog -> " + answer.substring(0, answer.length() - 1) + ");");
      return;
    }
    code.open(page + ".onceDialog(dialog -> {");
    code.line(answer);
    {
      // Answered first: a failed check must not leave the page blocked by its dialog.
      imports.add("static org.junit.jupiter.api.Assertions.assertEquals");
      code.line("assertEquals(" + expr(d.message()) + ", dialog.message(), \"dialog message\");");
    }
    code.close("});");
  }

  private void waitStep(Step s, Code code, String page, Integer timeout) {
    if (s.target() != null) {
      withTarget(s, code, page, l -> assertLine(code, l, "isVisible", "", timeout, "LocatorAssertions"));
    } else if (DIGITS.matcher(s.value().trim()).matches()) {
      code.line(page + ".waitForTimeout(" + s.value().trim() + ");");
    } else if (!s.frames().isEmpty()) {
      abort(s, code, "it waits for a JavaScript condition inside a frame");
    } else if (timeout == null) {
      code.line(page + ".waitForFunction(" + expr(s.value()) + ");");
    } else {
      code.line(page + ".waitForFunction(" + expr(s.value()) + ", null, new Page.WaitForFunctionOptions().setTimeout("
          + timeout + "));");
    }
  }

  private void assertion(Step s, Code code, String page, Integer timeout) {
    Assertion a = s.assertion();
    String expected = a.expected() == null ? "" : a.expected();
    MatchMode match = a.matchMode();
    if (a.kind() == AssertionKind.URL || a.kind() == AssertionKind.TITLE) {
      String method = a.kind() == AssertionKind.URL ? "hasURL" : "hasTitle";
      String arg = match == MatchMode.EQUALS ? expr(expected) : regex(expected, match);
      assertLine(code, page, method, arg, timeout, "PageAssertions");
      return;
    }
    withTarget(s, code, page, l -> {
      switch (a.kind()) {
        case VISIBLE -> assertLine(code, l, "isVisible", "", timeout, "LocatorAssertions");
        case HIDDEN -> assertLine(code, l, "isHidden", "", timeout, "LocatorAssertions");
        case TEXT -> {
          switch (match) {
            case EQUALS -> assertLine(code, l, "hasText", expr(expected), timeout, "LocatorAssertions");
            case CONTAINS -> assertLine(code, l, "containsText", expr(expected), timeout, "LocatorAssertions");
            case MATCHES -> assertLine(code, l, "hasText", regex(expected, match), timeout, "LocatorAssertions");
          }
        }
        case VALUE -> assertLine(code, l, "hasValue",
            match == MatchMode.EQUALS ? expr(expected) : regex(expected, match), timeout, "LocatorAssertions");
        case CHECKED -> assertLine(code, l + ("false".equalsIgnoreCase(expected.trim()) ? ").not(" : ""),
            "isChecked", "", timeout, "LocatorAssertions");
        case COUNT -> assertLine(code, l, "hasCount", count(expected), timeout, "LocatorAssertions");
        case ATTRIBUTE -> assertLine(code, l, "hasAttribute", Literals.java(a.attribute()) + ", "
            + (match == MatchMode.EQUALS ? expr(expected) : regex(expected, match)), timeout, "LocatorAssertions");
        default -> throw new IllegalStateException(a.kind().toString());
      }
    });
  }

  /** {@code assertThat(subject).method(args[, new XxxAssertions.MethodOptions().setTimeout(n)]);} */
  private void assertLine(Code code, String subject, String method, String args, Integer timeout, String owner) {
    imports.add("static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat");
    String options = "";
    if (timeout != null) {
      String type = (method.equals("hasURL") ? "HasURL" : Character.toUpperCase(method.charAt(0)) + method.substring(1)) + "Options";
      imports.add("com.microsoft.playwright.assertions." + owner);
      options = (args.isEmpty() ? "" : ", ") + "new " + owner + "." + type + "().setTimeout(" + timeout + ")";
    }
    code.line("assertThat(" + subject + ")." + method + "(" + args + options + ");");
  }

  private String count(String expected) {
    if (plan.parts(expected).isLiteral() && DIGITS.matcher(expected.trim()).matches()) {
      return expected.trim();
    }
    return "Integer.parseInt(" + expr(expected) + ")";
  }

  private String regex(String expected, MatchMode match) {
    imports.add("java.util.regex.Pattern");
    ValueParts parts = plan.parts(expected);
    if (parts.isLiteral()) {
      return "Pattern.compile(" + Literals.java(match == MatchMode.MATCHES ? expected : Regexes.quote(expected)) + ")";
    }
    return match == MatchMode.MATCHES
        ? "Pattern.compile(" + expr(expected) + ")"
        : "Pattern.compile(Pattern.quote(" + expr(expected) + "))";
  }

  private Optional<String> locator(Step s, String page, Target target) {
    return PwLocator.choose(target, plan.testIdAttribute).map(l -> {
      StringBuilder out = new StringBuilder(page);
      for (FrameRef f : s.frames()) {
        out.append(".frameLocator(").append(Literals.java(f.iframeSelector())).append(')');
      }
      String receiver = s.frames().isEmpty() ? "Page" : "FrameLocator";
      out.append('.').append(l.method()).append('(');
      if (l.isRole()) {
        imports.add("com.microsoft.playwright.options.AriaRole");
        out.append("AriaRole.").append(l.ariaRoleConstant());
      } else {
        out.append(Literals.java(l.value()));
      }
      String optionsType = receiver + "." + Character.toUpperCase(l.method().charAt(0)) + l.method().substring(1) + "Options";
      StringBuilder options = new StringBuilder();
      if (l.isRole() && l.name() != null) {
        options.append(".setName(").append(Literals.java(l.name())).append(')');
      }
      if (l.exact()) {
        options.append(".setExact(true)");
      }
      if (options.length() > 0) {
        if (receiver.equals("FrameLocator")) {
          imports.add("com.microsoft.playwright.FrameLocator");
        }
        out.append(", new ").append(optionsType).append("()").append(options);
      }
      return out.append(')').toString();
    });
  }

  private void abort(Step s, Code code, String reason) {
    imports.add("org.junit.jupiter.api.Assumptions");
    code.line("Assumptions.abort(" + Literals.java("Argus could not export step '" + s.id() + "': " + reason) + ");");
    if (reporting) {
      plan.unsupported(s, reason);
    }
  }

  /** One option as a string, several (a multiple select) as an array. */
  private String options(String value) {
    if (!SelectOptions.isMultiple(value)) {
      return expr(value);
    }
    return "new String[] {" + SelectOptions.split(value).stream().map(this::expr).collect(Collectors.joining(", ")) + "}";
  }

  String expr(String value) {
    List<String> pieces = new ArrayList<>();
    for (ValueParts.Part p : plan.parts(value).parts()) {
      if (!p.isReference()) {
        pieces.add(Literals.java(p.text()));
      } else if (plan.isColumn(p.reference())) {
        pieces.add("row.get(" + Literals.java(p.reference()) + ")");
      } else {
        pieces.add(plan.variableIds.get(p.reference()));
      }
    }
    return String.join(" + ", pieces);
  }

  private String opts(String type, Integer timeout) {
    return timeout == null ? "" : ", " + optsOnly(type, timeout);
  }

  private String optsOnly(String type, Integer timeout) {
    if (timeout == null) {
      return "";
    }
    if (type.startsWith("Locator.")) {
      imports.add("com.microsoft.playwright.Locator");
    }
    return "new " + type + "().setTimeout(" + timeout + ")";
  }
}
