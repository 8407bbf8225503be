package com.argus.engine.replay.driver.selenium;

import com.argus.engine.locate.DomScript;
import com.argus.engine.locate.FingerprintCapture;
import com.argus.engine.replay.driver.ActionFailedException;
import com.argus.engine.replay.driver.BrowserDriver;
import com.argus.engine.replay.driver.BrowserGoneException;
import com.argus.engine.replay.driver.ElementRead;
import com.argus.engine.replay.driver.Outline;
import com.argus.engine.replay.driver.Poller;
import com.argus.engine.replay.driver.Probe;
import com.argus.engine.replay.driver.Scope;
import com.argus.engine.spec.Action;
import com.argus.engine.spec.DialogAnswer;
import com.argus.engine.spec.ElementFingerprint;
import com.argus.engine.spec.FrameRef;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.SelectOptions;
import com.argus.engine.spec.Step;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.openqa.selenium.Alert;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.remote.Augmenter;
import org.openqa.selenium.remote.UnreachableBrowserException;
import org.openqa.selenium.support.ui.Select;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link BrowserDriver} on Selenium WebDriver (a local ChromeDriver or a RemoteWebDriver on a
 * Grid). Locators are resolved by the page-side {@link DomScript}, which follows Playwright's
 * matching rules and pierces open shadow roots, so both backends find the same elements.
 * HTML5 drag and drop is dispatched as DOM drag events, which WebDriver's mouse actions do not
 * produce in Chromium.
 *
 * <p>Not thread-safe: one session, one thread.
 */
public final class SeleniumDriver implements BrowserDriver {
  private static final Logger LOG = LoggerFactory.getLogger(SeleniumDriver.class);
  private static final Duration DIALOG_WAIT = Duration.ofMillis(1_000);

  private static final String QUERY = "var D = (" + DomScript.source() + ");"
      + "var els = D.find(arguments[0], arguments[1], arguments[2], arguments[3], arguments[4], null);"
      + "var op = arguments[5]; var el = els[0];"
      + "if (op === 'probe') return els.length === 1 && arguments[6] ? {count: 1, fp: D.fingerprint(el)} : {count: els.length};"
      + "if (op === 'elements') return els;"
      + "if (!el) return null;"
      + "if (op === 'visible') return D.visible(el);"
      + "if (op === 'text') return el.innerText;"
      + "if (op === 'value') return el.value === undefined ? el.getAttribute('value') : el.value;"
      + "if (op === 'checked') return (el.type === 'checkbox' || el.type === 'radio') ? el.checked"
      + "  : el.getAttribute('aria-checked') === 'true';"
      + "if (op === 'attribute') return el.getAttribute(arguments[6]);"
      + "throw new Error('unknown op ' + op);";

  private static final String READY = "var D = (" + DomScript.source() + "); var el = arguments[0];"
      + "return D.visible(el) && (!arguments[1] || !(el.disabled === true || el.getAttribute('aria-disabled') === 'true'));";

  private static final String HTML5_DRAG = "var src = arguments[0], dst = arguments[1];"
      + "var dt = new DataTransfer();"
      + "function fire(el, type) { var r = el.getBoundingClientRect();"
      + "  el.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, composed: true, dataTransfer: dt,"
      + "    clientX: r.x + r.width / 2, clientY: r.y + r.height / 2})); }"
      + "fire(src, 'dragstart'); fire(dst, 'dragenter'); fire(dst, 'dragover'); fire(dst, 'drop'); fire(src, 'dragend');";

  // Centre of the element in the top page's CSS pixels, through same-origin frames.
  private static final String CENTRE = "var r = arguments[0].getBoundingClientRect(), x = r.x + r.width / 2, y = r.y + r.height / 2;"
      + "var w = window; while (w !== w.top && w.frameElement) { var f = w.frameElement.getBoundingClientRect();"
      + "  x += f.x + w.frameElement.clientLeft; y += f.y + w.frameElement.clientTop; w = w.parent; }"
      + "return [x, y];";

  private static final String SCROLL_INTO_VIEW = "var el = arguments[0], r = el.getBoundingClientRect();"
      + "if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) {"
      + "  el.scrollIntoView({block: 'center', inline: 'center', behavior: 'instant'}); }";

  private final WebDriver driver;
  private final boolean mobile;
  private HasCdp cdp;
  private final String backend;
  private final Poller poller;
  private final Map<String, String> pages = new LinkedHashMap<>();
  private final Deque<DialogAnswer> armed = new ArrayDeque<>();
  private final List<String> dialogMessages = new ArrayList<>();
  private String currentHandle;
  private boolean inFrame;

  SeleniumDriver(WebDriver driver, String backend, Poller poller, boolean mobile) {
    this.mobile = mobile;
    this.driver = driver;
    this.backend = backend;
    this.poller = poller;
    this.currentHandle = driver.getWindowHandle();
    pages.put(Step.MAIN_PAGE, currentHandle);
  }

  @Override
  public String backend() {
    return backend;
  }

  @Override
  public void navigate(String page, String url, Duration timeout) {
    run(() -> {
      enter(Scope.page(page));
      driver.manage().timeouts().pageLoadTimeout(timeout);
      driver.navigate().to(url);
    }, "navigate to " + url);
    answerArmedDialog();
  }

  @Override
  public void history(String page, Action action, Duration timeout) {
    run(() -> {
      enter(Scope.page(page));
      driver.manage().timeouts().pageLoadTimeout(timeout);
      switch (action) {
        case BACK -> driver.navigate().back();
        case FORWARD -> driver.navigate().forward();
        case RELOAD -> driver.navigate().refresh();
        default -> throw new IllegalArgumentException(action.fileName());
      }
    }, action.fileName());
  }

  @Override
  public Probe probe(Scope scope, Locator locator, boolean captureFingerprint) {
    Object result = query(scope, locator, "probe", captureFingerprint);
    Map<?, ?> map = (Map<?, ?>) result;
    return new Probe(((Number) map.get("count")).intValue(), FingerprintCapture.fromScriptResult(map.get("fp")));
  }

  @Override
  public void act(Scope scope, Locator locator, Action action, String value, Locator dropTarget, Duration timeout) {
    String what = action.fileName() + " " + locator.describe();
    Optional<Boolean> done = poller.poll(timeout, () -> {
      WebElement el = single(scope, locator);
      if (el == null || !ready(el, action)) {
        return Optional.empty();
      }
      try {
        perform(scope, el, action, value, dropTarget);
        return Optional.of(true);
      } catch (ElementNotInteractableException | StaleElementReferenceException e) {
        LOG.debug("{} not yet possible: {}", what, firstLine(e.getMessage()));
        return Optional.empty();
      }
    });
    if (done.isEmpty()) {
      throw new ActionFailedException("Could not " + what + ": the element did not become visible, enabled and "
          + "uncovered within " + timeout.toMillis() + " ms");
    }
    answerArmedDialog();
  }

  // Visibility by the page script, as Playwright judges it: WebDriver's isDisplayed calls a
  // transparent (opacity 0) custom checkbox hidden, and it is not.
  private boolean ready(WebElement el, Action action) {
    if (action == Action.UPLOAD) {
      return true;
    }
    boolean enabledToo = action != Action.HOVER && action != Action.DRAG;
    return call(() -> Boolean.TRUE.equals(js().executeScript(READY, el, enabledToo)), "check the element");
  }

  private void perform(Scope scope, WebElement el, Action action, String value, Locator dropTarget) {
    call(() -> {
      if (action == Action.CLICK || action == Action.DBLCLICK || action == Action.RIGHTCLICK || action == Action.HOVER) {
        // Centred, as Playwright scrolls: WebDriver aligns the element with the viewport's bottom
        // edge, where a menu the page opens below the pointer (position: fixed) falls off-screen.
        js().executeScript(SCROLL_INTO_VIEW, el);
      }
      switch (action) {
        case CLICK -> el.click();
        case DBLCLICK -> new Actions(driver).doubleClick(el).perform();
        case RIGHTCLICK -> {
          if (mobile) {
            // Touch emulation turns a mouse right-click into nothing; a long press opens the menu on a phone.
            js().executeScript("var r = arguments[0].getBoundingClientRect(); arguments[0].dispatchEvent(new MouseEvent("
                + "'contextmenu', {bubbles: true, cancelable: true, button: 2, clientX: r.x + r.width / 2, clientY: r.y + r.height / 2}));", el);
          } else {
            new Actions(driver).contextClick(el).perform();
          }
        }
        case HOVER -> {
          if (mobile) {
            hoverUnderTouch(el);
          } else {
            new Actions(driver).moveToElement(el).perform();
          }
        }
        case FILL -> fill(el, value);
        case TYPE -> el.sendKeys(value);
        case PRESS -> el.sendKeys(SeleniumKeys.asSendKeys(value));
        case SELECT -> select(el, value);
        case CHECK, UNCHECK -> {
          boolean want = action == Action.CHECK;
          if (!want == isChecked(el)) {
            try {
              el.click();
            } catch (ElementNotInteractableException e) {
              js().executeScript("arguments[0].click();", el);
            }
          }
        }
        case UPLOAD -> el.sendKeys(value);
        case DRAG -> drag(scope, el, dropTarget);
        default -> throw new IllegalArgumentException(action.fileName() + " is not an element action");
      }
      return null;
    }, action.fileName());
  }

  /**
   * Under mobile emulation ChromeDriver turns every pointer action into touch, and a touch never
   * hovers. A mobile browser shows hover state when a pointer rests on an element without a
   * click (a stylus, a mouse on a tablet, iOS's first tap on hover content): that is a mouse
   * move at the element's centre, sent through the DevTools protocol as Playwright does.
   */
  private void hoverUnderTouch(WebElement el) {
    List<?> centre = (List<?>) js().executeScript(CENTRE, el);
    double x = ((Number) centre.get(0)).doubleValue();
    double y = ((Number) centre.get(1)).doubleValue();
    devTools().executeCdpCommand("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y,
        "button", "none", "pointerType", "mouse"));
  }

  private HasCdp devTools() {
    if (cdp == null) {
      WebDriver d = driver instanceof HasCdp ? driver : new Augmenter().augment(driver);
      if (!(d instanceof HasCdp hasCdp)) {
        throw new ActionFailedException("hover under touch emulation needs the Chrome DevTools protocol, which this "
            + "WebDriver session does not offer");
      }
      cdp = hasCdp;
    }
    return cdp;
  }

  private boolean isChecked(WebElement el) {
    return Boolean.TRUE.equals(js().executeScript("var el = arguments[0];"
        + "return (el.type === 'checkbox' || el.type === 'radio') ? el.checked : el.getAttribute('aria-checked') === 'true';", el));
  }

  private void fill(WebElement el, String value) {
    if ("true".equals(el.getDomAttribute("contenteditable")) || "".equals(el.getDomAttribute("contenteditable"))) {
      js().executeScript("arguments[0].focus(); document.execCommand('selectAll', false, null);", el);
      el.sendKeys(value.isEmpty() ? org.openqa.selenium.Keys.DELETE : value);
      return;
    }
    // Select-all and overwrite, as a person (and Playwright's fill) does: clear() fires a change
    // event first, and pages that clamp or reformat on change would mix the old value in.
    el.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
    if (!value.isEmpty()) {
      el.sendKeys(value);
    }
  }

  private static void select(WebElement el, String value) {
    Select select = new Select(el);
    List<String> options = SelectOptions.split(value);
    if (options.size() > 1 && !select.isMultiple()) {
      throw new ActionFailedException("The step chooses " + options.size() + " options but the list allows only one;"
          + " keep one option in the step's value");
    }
    if (select.isMultiple()) {
      // What the step names is the whole choice, as Playwright's selectOption makes it.
      select.deselectAll();
    }
    for (String option : options) {
      try {
        select.selectByValue(option);
      } catch (org.openqa.selenium.NoSuchElementException e) {
        select.selectByVisibleText(option);
      }
    }
  }

  private void drag(Scope scope, WebElement source, Locator dropTarget) {
    WebElement target = single(scope, dropTarget);
    if (target == null) {
      throw new ActionFailedException("The drop target " + dropTarget.describe() + " did not match exactly one element");
    }
    boolean html5 = Boolean.TRUE.equals(js().executeScript("return arguments[0].draggable === true;", source));
    if (html5) {
      js().executeScript(HTML5_DRAG, source, target);
    } else {
      new Actions(driver).dragAndDrop(source, target).perform();
    }
  }

  @Override
  public void pressKey(String page, String key) {
    run(() -> {
      enter(Scope.page(page));
      SeleniumKeys.Chord chord = SeleniumKeys.parse(key);
      Actions actions = new Actions(driver);
      chord.modifiers().forEach(actions::keyDown);
      actions.sendKeys(chord.key());
      chord.modifiers().forEach(actions::keyUp);
      actions.perform();
    }, "press " + key);
    answerArmedDialog();
  }

  @Override
  public boolean isVisible(Scope scope, Locator locator) {
    return Boolean.TRUE.equals(query(scope, locator, "visible", null));
  }

  @Override
  public String read(Scope scope, Locator locator, ElementRead what, String attribute) {
    Object value = query(scope, locator, what.name().toLowerCase(java.util.Locale.ROOT), attribute);
    return value == null ? null : String.valueOf(value);
  }

  @Override
  public String url(String page) {
    return call(() -> {
      enter(Scope.page(page));
      return driver.getCurrentUrl();
    }, "read the URL");
  }

  @Override
  public String title(String page) {
    return call(() -> {
      enter(Scope.page(page));
      return driver.getTitle();
    }, "read the title");
  }

  @Override
  public boolean isTruthy(Scope scope, String expression) {
    String script = "var done = arguments[arguments.length - 1];"
        + "Promise.resolve().then(function () { return (" + expression + "); })"
        + ".then(function (v) { done(!!v); }, function () { done(false); });";
    return call(() -> {
      enter(scope);
      return Boolean.TRUE.equals(js().executeAsyncScript(script));
    }, "evaluate " + expression);
  }

  @Override
  public List<ElementFingerprint> candidates(Scope scope) {
    String script = "return " + FingerprintCapture.candidatesExpression() + ";";
    return FingerprintCapture.fromScriptResults(call(() -> {
      enter(scope);
      return js().executeScript(script);
    }, "list the page's elements"));
  }

  @Override
  public void openedBy(String newPage, Duration timeout, Runnable action) {
    Set<String> before = call(() -> new HashSet<>(driver.getWindowHandles()), "list the pages");
    action.run();
    Optional<String> opened = poller.poll(timeout, () -> call(() -> driver.getWindowHandles().stream()
        .filter(h -> !before.contains(h)).findFirst(), "list the pages"));
    if (opened.isEmpty()) {
      throw new ActionFailedException("No new page opened within " + timeout.toMillis() + " ms for \"" + newPage + "\"");
    }
    pages.put(newPage, opened.get());
  }

  @Override
  public void switchPage(String page) {
    run(() -> enter(Scope.page(page)), "switch to page " + page);
  }

  @Override
  public void closePage(String page) {
    run(() -> {
      enter(Scope.page(page));
      driver.close();
      pages.remove(page);
      String next = pages.values().stream().findFirst().orElse(null);
      if (next != null) {
        driver.switchTo().window(next);
      }
      currentHandle = next;
      inFrame = false;
    }, "close page " + page);
  }

  @Override
  public void armDialog(DialogAnswer answer) {
    armed.addLast(answer);
  }

  @Override
  public List<String> takeDialogMessages() {
    List<String> taken = List.copyOf(dialogMessages);
    dialogMessages.clear();
    return taken;
  }

  @Override
  public byte[] screenshot(String page) {
    return call(() -> {
      enter(Scope.page(pages.containsKey(page) ? page : pages.keySet().iterator().next()));
      return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    }, "take a screenshot");
  }

  @Override
  public Outline outlinedScreenshot(Scope scope, Locator locator) {
    WebElement el = single(scope, locator);
    if (el == null) {
      throw new ActionFailedException(locator.describe() + " does not match exactly one element, so it cannot be outlined");
    }
    return call(() -> {
      enter(scope);
      @SuppressWarnings("unchecked")
      List<Number> r = (List<Number>) js().executeScript("arguments[0].scrollIntoView({block: 'nearest'});"
          + " var r = arguments[0].getBoundingClientRect(); return [r.left, r.top, r.width, r.height];", el);
      // In a frame the box is the frame's own; the overlay is drawn in the frame, so it still shows around the element.
      double dpr = ((Number) js().executeScript("return (" + Outline.ADD_SCRIPT + ")(arguments[0]);",
          Map.of("x", r.get(0), "y", r.get(1), "w", r.get(2), "h", r.get(3)))).doubleValue();
      try {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        return new Outline(png, (int) Math.round(r.get(0).doubleValue() * dpr),
            (int) Math.round(r.get(1).doubleValue() * dpr), (int) Math.round(r.get(2).doubleValue() * dpr),
            (int) Math.round(r.get(3).doubleValue() * dpr));
      } finally {
        js().executeScript("(" + Outline.REMOVE_SCRIPT + ")();");
      }
    }, "outline " + locator.describe() + " in a screenshot");
  }

  @Override
  public String domSnapshot(String page) {
    return call(() -> {
      enter(Scope.page(pages.containsKey(page) ? page : pages.keySet().iterator().next()));
      return driver.getPageSource();
    }, "read the DOM");
  }

  @Override
  public List<String> pages() {
    return List.copyOf(pages.keySet());
  }

  @Override
  public boolean isAlive() {
    try {
      driver.getWindowHandles();
      return true;
    } catch (WebDriverException e) {
      return false;
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } catch (WebDriverException e) {
      LOG.debug("quitting a dead session", e);
    }
  }

  // A dialog opened by the last operation is answered here: WebDriver blocks every other command
  // while it is open, and the session dismisses unarmed ones by itself.
  private void answerArmedDialog() {
    if (armed.isEmpty()) {
      return;
    }
    Optional<Alert> alert = poller.poll(DIALOG_WAIT, () -> {
      try {
        return Optional.of(driver.switchTo().alert());
      } catch (NoAlertPresentException e) {
        return Optional.empty();
      }
    });
    if (alert.isEmpty()) {
      return;
    }
    DialogAnswer answer = armed.pollFirst();
    run(() -> {
      dialogMessages.add(alert.get().getText());
      if (answer.accept()) {
        if (answer.promptText() != null) {
          alert.get().sendKeys(answer.promptText());
        }
        alert.get().accept();
      } else {
        alert.get().dismiss();
      }
    }, "answer the dialog");
  }

  private void dismissUnarmedDialog() {
    try {
      Alert alert = driver.switchTo().alert();
      dialogMessages.add(alert.getText());
      LOG.info("Dismissed a dialog no step armed an answer for: {}", alert.getText());
      alert.dismiss();
    } catch (NoAlertPresentException e) {
      LOG.debug("the unexpected dialog was already gone");
    }
  }

  private WebElement single(Scope scope, Locator locator) {
    @SuppressWarnings("unchecked")
    List<WebElement> els = (List<WebElement>) query(scope, locator, "elements", null);
    return els != null && els.size() == 1 ? els.get(0) : null;
  }

  private Object query(Scope scope, Locator locator, String op, Object extra) {
    return call(() -> {
      enter(scope);
      return js().executeScript(QUERY, locator.strategy().fileName(), locator.value(), locator.name(),
          locator.attribute(), locator.isExact(), op, extra);
    }, "look for " + locator.describe());
  }

  /** Switches to the scope's window and frame path; stays put when already there at top level. */
  private void enter(Scope scope) {
    String handle = pages.get(scope.page());
    if (handle == null) {
      throw new ActionFailedException("There is no open page named \"" + scope.page() + "\"; open pages: "
          + pages.keySet() + ". A step that opens a popup names it with `opens:`.");
    }
    if (!handle.equals(currentHandle)) {
      driver.switchTo().window(handle);
      currentHandle = handle;
      inFrame = false;
    }
    // Frames are re-entered on every use: a frame may have reloaded since the last step.
    if (inFrame || !scope.frames().isEmpty()) {
      driver.switchTo().defaultContent();
      inFrame = false;
    }
    for (FrameRef frame : scope.frames()) {
      @SuppressWarnings("unchecked")
      List<WebElement> iframes = (List<WebElement>) js().executeScript(DomScript.seleniumFind(),
          "css", frame.iframeSelector(), null, null, false, null);
      if (iframes == null || iframes.isEmpty()) {
        throw new ActionFailedException("The " + frame.describe() + " is not on the page (" + frame.iframeSelector() + ")");
      }
      driver.switchTo().frame(iframes.get(0));
      inFrame = true;
    }
  }

  private JavascriptExecutor js() {
    return (JavascriptExecutor) driver;
  }

  private void run(Runnable op, String what) {
    call(() -> {
      op.run();
      return null;
    }, what);
  }

  private <T> T call(Supplier<T> op, String what) {
    try {
      return op.get();
    } catch (org.openqa.selenium.UnhandledAlertException e) {
      // A dialog no step armed an answer for: dismiss it, as Playwright does, and try once more.
      dismissUnarmedDialog();
      return op.get();
    } catch (ActionFailedException | ElementNotInteractableException
        | StaleElementReferenceException e) {
      throw e;
    } catch (NoSuchSessionException | UnreachableBrowserException e) {
      throw new BrowserGoneException("The browser session ended during: " + what, e);
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new ActionFailedException("Could not " + what + ": timed out (" + firstLine(e.getMessage()) + ")", e);
    } catch (WebDriverException e) {
      if (!isAlive()) {
        throw new BrowserGoneException("The browser closed or crashed during: " + what, e);
      }
      inFrame = true; // force a clean re-entry next time
      throw new ActionFailedException("Could not " + what + ": " + firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.split("\n")[0];
  }
}
