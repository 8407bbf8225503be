package com.argus.engine.export;

import java.util.List;
import java.util.function.Function;

/**
 * One statement of an exported test, decided once by {@link StepWalker} for every target language:
 * which page and locator, which Playwright call, how values are built from text, variables and row
 * cells. A renderer only turns each operation into syntax, through {@link Renderer}, which has a method for
 * every operation type: an operation added here does not compile until both languages render it.
 *
 * <p>Method names are Playwright's, the same in TypeScript and Java. Timeouts are milliseconds, or
 * null for Playwright's default. {@code page} is the identifier of the page variable.
 *
 * <p>All implementations are immutable.
 */
sealed interface Operation {
  /** Hands this operation to the renderer's method for its type. */
  void renderWith(Renderer r, Code code);

  /**
   * Turns operations into one language's code. One method per operation type, so a new operation
   * does not compile until every language renders it.
   */
  interface Renderer {
    void navigate(Navigate o, Code code);

    void pageHistory(PageHistory o, Code code);

    void elementCall(ElementCall o, Code code);

    void selectOption(SelectOption o, Code code);

    void rightClick(RightClick o, Code code);

    void keyboardPress(KeyboardPress o, Code code);

    void dragTo(DragTo o, Code code);

    void setInputFiles(SetInputFiles o, Code code);

    void frameNote(FrameNote o, Code code);

    void bringToFront(BringToFront o, Code code);

    void closePage(ClosePage o, Code code);

    void handleDialog(HandleDialog o, Code code);

    void waitForTimeout(WaitForTimeout o, Code code);

    void waitForFunction(WaitForFunction o, Code code);

    void expectPage(ExpectPage o, Code code);

    void expectElement(ExpectElement o, Code code);

    void recordingGap(RecordingGap o, Code code);

    void unsupported(Unsupported o, Code code);
  }

  /** Opens a URL: {@code goto} / {@code navigate}. */
  record Navigate(String page, Value url, Integer timeout) implements Operation {
    @Override
    public void renderWith(Renderer r, Code code) {
      r.navigate(this, code);
    }
  }

  /** {@code goBack}, {@code goForward} or {@code reload}: a page call with only a timeout option. */
  record PageHistory(String page, String method, Integer timeout) implements Operation {
    @Override
    public void renderWith(Renderer r, Code code) {
      r.pageHistory(this, code);
    }
  }

  /**
   * A locator call with at most one string argument ({@code click}, {@code dblclick}, {@code fill},
   * {@code pressSequentially}, {@code press}, {@code check}, {@code uncheck}, {@code hover}).
   *
   * @param argument the argument, or null when the call takes none
   * @param popup the page the call opens, or null
   */
  record ElementCall(Element target, String method, Value argument, Integer timeout, Popup popup)
      implements Operation {
    @Override
    public void renderWith(Renderer r, Code code) {
      r.elementCall(this, code);
    }
  }

  /** {@code selectOption}: one option as a string, several (a multiple select) as an array. */
  record SelectOption(Element target, List<Value> options, boolean multiple, Integer timeout, Popup popup)
      implements Operation {
    @Override
    public void renderWith(Renderer r, Code code) {
      r.selectOption(this, code);
    }
  }

  /** A {@code click} with the right mouse button. */
  record RightClick(Element target, Integer timeout, Popup popup) implements Operation {
    @Override
    public void renderWith(Renderer r, Code code) {
      r.rightClick(this, code);
    }
  }

  /** A key pressed on the page's keyboard, with no element to focus first. */
  record KeyboardPress(String page, Value key) implements Operation {
    @Override
    public void renderWith(Renderer r, Code code) {
      r.keyboardPress(this, code);
    }
  }

  /** {@code dragTo} from one element to another. */
  record DragTo(Element from, Element to, Integer timeout, Popup popup) implements Operation {
    @Override
    public void renderWith(Renderer r, Code code) {
      r.dragTo(this, code);
    }
  }

  /** {@code setInputFiles} with a path relative to the exported test. */
  record SetInputFiles(Element target, Value path, Integer timeout) implements Operation {
    @Override
    public void renderWith(Renderer r, Code code) {
      r.setInputFiles(this, code);
    }
  }

  /** A frame switch: a comment only, since each later step names its own frames. */
  record FrameNote(String frames) implements Operation {
    @Override
    public void renderWith(Renderer r, Code code) {
      r.frameNote(this, code);
    }
  }

  /** Switches to another page the test opened. */
  record BringToFront(String page) implements Operation {
    @Override
    public void renderWith(Renderer r, Code code) {
      r.bringToFront(this, code);
    }
  }

  /** Closes a page. */
  record ClosePage(String page) implements Operation {
    @Override
    public void renderWith(Renderer r, Code code) {
      r.closePage(this, code);
    }
  }

  /**
   * Answers the page's next dialog, checking its message first when one is expected.
   *
   * @param promptText the text typed into a prompt when accepting, or null
   * @param message the expected message, or null
   */
  record HandleDialog(String page, boolean accept, Value promptText, Value message) implements Operation {
    @Override
    public void renderWith(Renderer r, Code code) {
      r.handleDialog(this, code);
    }
  }

  /** A fixed wait of {@code millis} (digits only). */
  record WaitForTimeout(String page, String millis) implements Operation {
    @Override
    public void renderWith(Renderer r, Code code) {
      r.waitForTimeout(this, code);
    }
  }

  /** Waits for a JavaScript condition on the page. */
  record WaitForFunction(String page, Value script, Integer timeout) implements Operation {
    @Override
    public void renderWith(Renderer r, Code code) {
      r.waitForFunction(this, code);
    }
  }

  /**
   * A web-first assertion on the page.
   *
   * @param soft whether a failure lets the test go on (where the language can)
   */
  record ExpectPage(String page, PageCheck check, Expected expected, Integer timeout, boolean soft)
      implements Operation {
    @Override
    public void renderWith(Renderer r, Code code) {
      r.expectPage(this, code);
    }
  }

  /**
   * A web-first assertion on an element.
   *
   * @param soft whether a failure lets the test go on (where the language can)
   */
  record ExpectElement(Element target, Check check, Integer timeout, boolean soft) implements Operation {
    @Override
    public void renderWith(Renderer r, Code code) {
      r.expectElement(this, code);
    }
  }

  /** A part of the session the recorder could not see, kept visible in the test. */
  record RecordingGap(String text) implements Operation {
    @Override
    public void renderWith(Renderer r, Code code) {
      r.recordingGap(this, code);
    }
  }

  /** A step Playwright cannot express: the test stops there (fixme / abort) with the reason. */
  record Unsupported(String stepId, String reason) implements Operation {
    @Override
    public void renderWith(Renderer r, Code code) {
      r.unsupported(this, code);
    }

    String message() {
      return "Argus could not export step '" + stepId + "': " + reason;
    }
  }

  /** A page the call opens: its variable and, where the language needs one, the promise's. */
  record Popup(String page, String promise) {}

  /**
   * A located element.
   *
   * @param frameSelectors the iframes to enter from the page, outermost first
   */
  record Element(String page, List<String> frameSelectors, PwLocator locator) {}

  /** What a page assertion reads. */
  enum PageCheck { URL, TITLE }

  /** What an element assertion checks. */
  sealed interface Check {
    /** Hands this check to the case for its type. */
    <R> R match(Cases<R> cases);

    /** One case per check, so a new check does not compile until every language handles it. */
    interface Cases<R> {
      R visible();

      R hidden();

      R hasText(Expected expected);

      R containsText(Value expected);

      R hasValue(Expected expected);

      R checked(boolean checked);

      R hasCount(Count expected);

      R hasAttribute(String name, Expected expected);
    }

    record Visible() implements Check {
      @Override
      public <R> R match(Cases<R> cases) {
        return cases.visible();
      }
    }

    record Hidden() implements Check {
      @Override
      public <R> R match(Cases<R> cases) {
        return cases.hidden();
      }
    }

    record HasText(Expected expected) implements Check {
      @Override
      public <R> R match(Cases<R> cases) {
        return cases.hasText(expected);
      }
    }

    record ContainsText(Value expected) implements Check {
      @Override
      public <R> R match(Cases<R> cases) {
        return cases.containsText(expected);
      }
    }

    record HasValue(Expected expected) implements Check {
      @Override
      public <R> R match(Cases<R> cases) {
        return cases.hasValue(expected);
      }
    }

    /** Checked, or with {@code checked} false, not checked. */
    record Checked(boolean checked) implements Check {
      @Override
      public <R> R match(Cases<R> cases) {
        return cases.checked(checked);
      }
    }

    record HasCount(Count expected) implements Check {
      @Override
      public <R> R match(Cases<R> cases) {
        return cases.hasCount(expected);
      }
    }

    record HasAttribute(String name, Expected expected) implements Check {
      @Override
      public <R> R match(Cases<R> cases) {
        return cases.hasAttribute(name, expected);
      }
    }
  }

  /** An expected string: exactly this value, or a regular expression. */
  sealed interface Expected {
    /** The result of the function for this expected string's type. */
    <R> R match(Function<Exactly, R> exactly, Function<Regex, R> regex, Function<RegexOf, R> regexOf);

    /** Exactly this string. */
    record Exactly(Value value) implements Expected {
      @Override
      public <R> R match(Function<Exactly, R> exactly, Function<Regex, R> regex, Function<RegexOf, R> regexOf) {
        return exactly.apply(this);
      }
    }

    /** A regular expression known at export time ({@code source} is its pattern). */
    record Regex(String source) implements Expected {
      @Override
      public <R> R match(Function<Exactly, R> exactly, Function<Regex, R> regex, Function<RegexOf, R> regexOf) {
        return regex.apply(this);
      }
    }

    /**
     * A regular expression built when the test runs from a value with references.
     *
     * @param quote whether the value is text to find (quoted) rather than a pattern
     */
    record RegexOf(Value value, boolean quote) implements Expected {
      @Override
      public <R> R match(Function<Exactly, R> exactly, Function<Regex, R> regex, Function<RegexOf, R> regexOf) {
        return regexOf.apply(this);
      }
    }
  }

  /**
   * An expected count.
   *
   * @param digits the count when known at export time, else null
   * @param value the text to parse as a number when the test runs, when {@code digits} is null
   */
  record Count(String digits, Value value) {}

  /** A string built from literal text, spec variables and data-row cells, in order. */
  record Value(List<Piece> pieces) {
    boolean isLiteral() {
      return pieces.stream().allMatch(p -> p instanceof Piece.Text);
    }

    static Value text(String text) {
      return new Value(List.of(new Piece.Text(text)));
    }
  }

  /** A piece of a {@link Value}. */
  sealed interface Piece {
    /** The result of the function for this piece's type. */
    <R> R match(Function<String, R> text, Function<String, R> column, Function<String, R> variable);

    record Text(String text) implements Piece {
      @Override
      public <R> R match(Function<String, R> text, Function<String, R> column, Function<String, R> variable) {
        return text.apply(this.text);
      }
    }

    /** A cell of the current data row, by column name. */
    record Column(String name) implements Piece {
      @Override
      public <R> R match(Function<String, R> text, Function<String, R> column, Function<String, R> variable) {
        return column.apply(name);
      }
    }

    /** A spec variable, by the identifier it is declared as. */
    record Variable(String id) implements Piece {
      @Override
      public <R> R match(Function<String, R> text, Function<String, R> column, Function<String, R> variable) {
        return variable.apply(id);
      }
    }
  }
}
