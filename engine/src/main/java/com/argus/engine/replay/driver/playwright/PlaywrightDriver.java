package com.argus.engine.replay.driver.playwright;

import com.argus.engine.browser.PlaywrightPool;
import com.argus.engine.locate.FingerprintCapture;
import com.argus.engine.replay.driver.ActionFailedException;
import com.argus.engine.replay.driver.BrowserDriver;
import com.argus.engine.replay.driver.BrowserGoneException;
import com.argus.engine.replay.driver.ElementRead;
import com.argus.engine.replay.driver.Outline;
import com.argus.engine.replay.driver.Poller;
import com.argus.engine.replay.driver.Probe;
import com.argus.engine.replay.driver.Scope;
import com.argus.engine.replay.driver.SessionSettings;
import com.argus.engine.spec.Action;
import com.argus.engine.spec.DialogAnswer;
import com.argus.engine.spec.ElementFingerprint;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.SelectOptions;
import com.argus.engine.spec.Step;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.Tracing;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.MouseButton;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link BrowserDriver} on Playwright: one browser context per session, on a browser leased from
 * the process's {@link PlaywrightPool}. Element actions use Playwright's own actionability waits.
 *
 * <p>Not thread-safe: one session, one thread.
 */
public final class PlaywrightDriver implements BrowserDriver {
  private static final Logger LOG = LoggerFactory.getLogger(PlaywrightDriver.class);
  private static final double READ_TIMEOUT_MS = 1_000;
  /** Element actions wait in slices this long, so a cancelled run is noticed between them. */
  private static final long ACTION_SLICE_MS = 1_000;
  private static final Set<Action> TRIAL_ACTIONS =
      EnumSet.of(Action.CLICK, Action.DBLCLICK, Action.RIGHTCLICK, Action.HOVER, Action.CHECK, Action.UNCHECK, Action.DRAG);

  private final PlaywrightPool.Lease lease;
  private final Poller poller;
  private final BrowserContext context;
  private final Map<String, Page> pages = new LinkedHashMap<>();
  private final Deque<DialogAnswer> armed = new ArrayDeque<>();
  private final List<String> dialogMessages = new ArrayList<>();
  private boolean tracing;

  PlaywrightDriver(PlaywrightPool.Lease lease, SessionSettings settings, Poller poller) {
    this.lease = lease;
    this.poller = poller;
    Browser.NewContextOptions options = new Browser.NewContextOptions()
        .setViewportSize(settings.viewport().width(), settings.viewport().height())
        .setDeviceScaleFactor(settings.scale())
        .setIsMobile(settings.mobile())
        .setHasTouch(settings.mobile());
    if (settings.userAgent() != null) {
      options.setUserAgent(settings.userAgent());
    }
    try {
      this.context = lease.browser().newContext(options);
      if (settings.trace()) {
        context.tracing().start(new Tracing.StartOptions().setScreenshots(true).setSnapshots(true));
        tracing = true;
      }
      register(Step.MAIN_PAGE, context.newPage());
    } catch (PlaywrightException e) {
      lease.close();
      throw new BrowserGoneException("The browser could not open a new session: " + firstLine(e.getMessage()), e);
    }
  }

  @Override
  public String backend() {
    return "playwright";
  }

  @Override
  public void navigate(String page, String url, Duration timeout) {
    run(() -> page(page).navigate(url, new Page.NavigateOptions().setTimeout(ms(timeout))), "navigate to " + url);
  }

  @Override
  public void history(String page, Action action, Duration timeout) {
    Page p = page(page);
    run(() -> {
      switch (action) {
        case BACK -> p.goBack(new Page.GoBackOptions().setTimeout(ms(timeout)));
        case FORWARD -> p.goForward(new Page.GoForwardOptions().setTimeout(ms(timeout)));
        case RELOAD -> p.reload(new Page.ReloadOptions().setTimeout(ms(timeout)));
        default -> throw new IllegalArgumentException(action.fileName());
      }
    }, action.fileName());
  }

  @Override
  public Probe probe(Scope scope, Locator locator, boolean captureFingerprint) {
    Object result = call(() -> locator(scope, locator).evaluateAll(FingerprintCapture.playwrightProbe(captureFingerprint)),
        "look for " + locator.describe());
    Map<?, ?> map = (Map<?, ?>) result;
    int count = ((Number) map.get("count")).intValue();
    return new Probe(count, FingerprintCapture.fromScriptResult(map.get("fp")));
  }

  @Override
  public void act(Scope scope, Locator locator, Action action, String value, Locator dropTarget, Duration timeout) {
    com.microsoft.playwright.Locator el = locator(scope, locator);
    String what = action.fileName() + " " + locator.describe();
    long deadline = poller.clock().millis() + timeout.toMillis();
    if (TRIAL_ACTIONS.contains(action) && timeout.toMillis() > ACTION_SLICE_MS) {
      // Usually actionable at once: act within a first slice, no extra round trip.
      try {
        run(() -> perform(scope, el, action, value, dropTarget, ACTION_SLICE_MS, false), what);
        return;
      } catch (ActionFailedException e) {
        if (!(e.getCause() instanceof TimeoutError) || e.getCause().getMessage().contains("performing")) {
          throw e;
        }
      }
      // Not yet: Playwright's actionability wait (visible, stable, enabled, uncovered) as trial
      // runs in slices, which never act; between them a cancelled run stops waiting.
      TimeoutError[] last = new TimeoutError[1];
      Optional<Boolean> ready = poller.poll(timeout, () -> {
        double slice = Math.max(1, Math.min(ACTION_SLICE_MS, deadline - poller.clock().millis()));
        try {
          run(() -> perform(scope, el, action, value, dropTarget, slice, true), what);
          return Optional.of(true);
        } catch (ActionFailedException e) {
          if (e.getCause() instanceof TimeoutError timeoutError) {
            last[0] = timeoutError;
            return Optional.empty();
          }
          throw e;
        }
      });
      if (ready.isEmpty()) {
        if (poller.isCancelled()) {
          throw new ActionFailedException("Cancelled while waiting to " + what);
        }
        String why = last[0] == null ? "it did not become actionable" : condense(last[0].getMessage());
        throw new ActionFailedException("Could not " + what + " within " + timeout.toMillis() + " ms: " + why, last[0]);
      }
    }
    double left = Math.max(1, deadline - poller.clock().millis());
    run(() -> perform(scope, el, action, value, dropTarget, left, false), what);
  }

  private void perform(Scope scope, com.microsoft.playwright.Locator el, Action action, String value, Locator dropTarget,
      double t, boolean trial) {
    switch (action) {
      case CLICK -> el.click(new com.microsoft.playwright.Locator.ClickOptions().setTimeout(t).setTrial(trial));
      case DBLCLICK -> el.dblclick(new com.microsoft.playwright.Locator.DblclickOptions().setTimeout(t).setTrial(trial));
      case RIGHTCLICK -> el.click(new com.microsoft.playwright.Locator.ClickOptions().setButton(MouseButton.RIGHT).setTimeout(t)
          .setTrial(trial));
      case HOVER -> el.hover(new com.microsoft.playwright.Locator.HoverOptions().setTimeout(t).setTrial(trial));
      case FILL -> el.fill(value, new com.microsoft.playwright.Locator.FillOptions().setTimeout(t));
      case TYPE -> el.pressSequentially(value, new com.microsoft.playwright.Locator.PressSequentiallyOptions().setTimeout(t));
      case SELECT -> el.selectOption(SelectOptions.split(value).toArray(String[]::new),
          new com.microsoft.playwright.Locator.SelectOptionOptions().setTimeout(t));
      case CHECK -> el.check(new com.microsoft.playwright.Locator.CheckOptions().setTimeout(t).setTrial(trial));
      case UNCHECK -> el.uncheck(new com.microsoft.playwright.Locator.UncheckOptions().setTimeout(t).setTrial(trial));
      case UPLOAD -> el.setInputFiles(Path.of(value), new com.microsoft.playwright.Locator.SetInputFilesOptions().setTimeout(t));
      case PRESS -> el.press(value, new com.microsoft.playwright.Locator.PressOptions().setTimeout(t));
      case DRAG -> el.dragTo(locator(scope, dropTarget), new com.microsoft.playwright.Locator.DragToOptions().setTimeout(t)
          .setTrial(trial));
      default -> throw new IllegalArgumentException(action.fileName() + " is not an element action");
    }
  }

  @Override
  public void pressKey(String page, String key) {
    run(() -> page(page).keyboard().press(key), "press " + key);
  }

  @Override
  public boolean isVisible(Scope scope, Locator locator) {
    return call(() -> locator(scope, locator).isVisible(), "check visibility of " + locator.describe());
  }

  @Override
  public String read(Scope scope, Locator locator, ElementRead what, String attribute) {
    com.microsoft.playwright.Locator el = locator(scope, locator);
    return call(() -> switch (what) {
      case TEXT -> el.innerText(new com.microsoft.playwright.Locator.InnerTextOptions().setTimeout(READ_TIMEOUT_MS));
      case VALUE -> el.inputValue(new com.microsoft.playwright.Locator.InputValueOptions().setTimeout(READ_TIMEOUT_MS));
      case CHECKED -> String.valueOf(el.isChecked(new com.microsoft.playwright.Locator.IsCheckedOptions().setTimeout(READ_TIMEOUT_MS)));
      case ATTRIBUTE -> el.getAttribute(attribute, new com.microsoft.playwright.Locator.GetAttributeOptions().setTimeout(READ_TIMEOUT_MS));
    }, "read " + what.name().toLowerCase() + " of " + locator.describe());
  }

  @Override
  public String url(String page) {
    return call(() -> page(page).url(), "read the URL");
  }

  @Override
  public String title(String page) {
    return call(() -> page(page).title(), "read the title");
  }

  @Override
  public boolean isTruthy(Scope scope, String expression) {
    String fn = "async () => !!(await (" + expression + "))";
    if (scope.frames().isEmpty()) {
      return call(() -> Boolean.TRUE.equals(page(scope.page()).evaluate(fn)), "evaluate " + expression);
    }
    String onElement = "async (el) => !!(await (" + expression + "))";
    return call(() -> Boolean.TRUE.equals(PlaywrightLocators.root(page(scope.page()), scope.frames())
        .evaluate(onElement, null, new com.microsoft.playwright.Locator.EvaluateOptions().setTimeout(READ_TIMEOUT_MS))),
        "evaluate " + expression);
  }

  @Override
  public List<ElementFingerprint> candidates(Scope scope) {
    String expression = FingerprintCapture.candidatesExpression();
    Object result = scope.frames().isEmpty()
        ? call(() -> page(scope.page()).evaluate("() => " + expression), "list the page's elements")
        : call(() -> PlaywrightLocators.root(page(scope.page()), scope.frames()).evaluate("(el) => " + expression, null,
            new com.microsoft.playwright.Locator.EvaluateOptions().setTimeout(READ_TIMEOUT_MS)), "list the frame's elements");
    return FingerprintCapture.fromScriptResults(result);
  }

  @Override
  public void openedBy(String newPage, Duration timeout, Runnable action) {
    Page opened = call(() -> context.waitForPage(new BrowserContext.WaitForPageOptions().setTimeout(ms(timeout)), action),
        "wait for the new page \"" + newPage + "\"");
    run(() -> opened.waitForLoadState(LoadState.DOMCONTENTLOADED,
        new Page.WaitForLoadStateOptions().setTimeout(ms(timeout))), "load page \"" + newPage + "\"");
    register(newPage, opened);
  }

  @Override
  public void switchPage(String page) {
    run(() -> page(page).bringToFront(), "switch to page " + page);
  }

  @Override
  public void closePage(String page) {
    Page p = page(page);
    run(p::close, "close page " + page);
    pages.remove(page);
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
    Page p = pages.containsKey(page) ? pages.get(page) : anyPage();
    return call(() -> p.screenshot(new Page.ScreenshotOptions().setTimeout(10_000)), "take a screenshot");
  }

  @Override
  public Outline outlinedScreenshot(Scope scope, Locator locator) {
    com.microsoft.playwright.Locator el = locator(scope, locator);
    Page p = page(scope.page());
    return call(() -> {
      el.scrollIntoViewIfNeeded(new com.microsoft.playwright.Locator.ScrollIntoViewIfNeededOptions().setTimeout(READ_TIMEOUT_MS));
      // Relative to the top page's viewport, frames included: where the overlay goes and where it shows.
      com.microsoft.playwright.options.BoundingBox box =
          el.boundingBox(new com.microsoft.playwright.Locator.BoundingBoxOptions().setTimeout(READ_TIMEOUT_MS));
      if (box == null) {
        throw new ActionFailedException(locator.describe() + " is not visible, so it cannot be outlined");
      }
      double dpr = ((Number) p.evaluate(Outline.ADD_SCRIPT,
          Map.of("x", box.x, "y", box.y, "w", box.width, "h", box.height))).doubleValue();
      try {
        byte[] png = p.screenshot(new Page.ScreenshotOptions().setTimeout(10_000));
        return new Outline(png, (int) Math.round(box.x * dpr), (int) Math.round(box.y * dpr),
            (int) Math.round(box.width * dpr), (int) Math.round(box.height * dpr));
      } finally {
        p.evaluate(Outline.REMOVE_SCRIPT);
      }
    }, "outline " + locator.describe() + " in a screenshot");
  }

  @Override
  public String domSnapshot(String page) {
    Page p = pages.containsKey(page) ? pages.get(page) : anyPage();
    return call(p::content, "read the DOM");
  }

  @Override
  public List<String> pages() {
    return List.copyOf(pages.keySet());
  }

  @Override
  public boolean isAlive() {
    try {
      return lease.browser().isConnected() && pages.values().stream().anyMatch(p -> !p.isClosed());
    } catch (PlaywrightException e) {
      return false;
    }
  }

  @Override
  public void finishTrace(Path saveTo) {
    if (!tracing) {
      return;
    }
    tracing = false;
    try {
      context.tracing().stop(saveTo == null ? null : new Tracing.StopOptions().setPath(saveTo));
    } catch (PlaywrightException e) {
      LOG.warn("Could not save the Playwright trace: {}", firstLine(e.getMessage()));
    }
  }

  @Override
  public void close() {
    try {
      context.close();
    } catch (PlaywrightException e) {
      LOG.debug("closing a context of a dead browser", e);
    } finally {
      lease.close();
    }
  }

  private void register(String name, Page page) {
    page.onDialog(this::answer);
    pages.put(name, page);
  }

  private void answer(Dialog dialog) {
    dialogMessages.add(dialog.message());
    DialogAnswer answer = armed.pollFirst();
    if (answer == null) {
      LOG.info("Dismissed a {} dialog no step armed an answer for: {}", dialog.type(), dialog.message());
      dialog.dismiss();
    } else if (answer.accept()) {
      if (answer.promptText() != null) {
        dialog.accept(answer.promptText());
      } else {
        dialog.accept();
      }
    } else {
      dialog.dismiss();
    }
  }

  private Page anyPage() {
    return pages.values().stream().filter(p -> !p.isClosed()).findFirst()
        .orElseThrow(() -> new ActionFailedException("No page is open"));
  }

  private Page page(String name) {
    Page p = pages.get(name);
    if (p == null || p.isClosed()) {
      throw new ActionFailedException("There is no open page named \"" + name + "\"; open pages: " + pages.keySet()
          + ". A step that opens a popup names it with `opens:`.");
    }
    return p;
  }

  private com.microsoft.playwright.Locator locator(Scope scope, Locator locator) {
    return PlaywrightLocators.toLocator(page(scope.page()), scope.frames(), locator);
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
    } catch (TimeoutError e) {
      throw new ActionFailedException("Could not " + what + ": " + condense(e.getMessage()), e);
    } catch (PlaywrightException e) {
      if (!isAlive()) {
        throw new BrowserGoneException("The browser closed or crashed during: " + what, e);
      }
      throw new ActionFailedException("Could not " + what + ": " + condense(e.getMessage()), e);
    }
  }

  private static double ms(Duration d) {
    return Math.max(1, d.toMillis());
  }

  /** Playwright's first line and the last line of its call log: what failed and why it waited. */
  static String condense(String message) {
    if (message == null) {
      return "";
    }
    String[] lines = message.split("\n");
    String first = lines[0].trim();
    if (first.equals("Error {")) {
      for (String line : lines) {
        if (line.trim().startsWith("message='")) {
          first = line.trim().substring("message='".length()).replaceAll("'$", "");
          break;
        }
      }
    }
    String last = "";
    for (int i = lines.length - 1; i > 0; i--) {
      String line = lines[i].trim();
      if (line.startsWith("- ")) {
        last = line.substring(2);
        break;
      }
    }
    return last.isEmpty() || first.contains(last) ? first : first + " (last: " + last + ")";
  }

  private static String firstLine(String message) {
    return condense(message);
  }
}
