package com.argus.engine.replay.driver;

import com.argus.engine.spec.Action;
import com.argus.engine.spec.DialogAnswer;
import com.argus.engine.spec.ElementFingerprint;
import com.argus.engine.spec.Locator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The replay engine's port to a browser: one session (a Playwright browser context or a WebDriver
 * session) with its named pages. The engine resolves locator candidates and decides what a step
 * means; an adapter only performs single browser operations.
 *
 * <p>Not thread-safe: one session belongs to one thread, as Playwright requires. Operations throw
 * {@link ActionFailedException} when the page does not allow them within the timeout, and {@link
 * BrowserGoneException} when the browser or session died.
 */
public interface BrowserDriver extends AutoCloseable {
  /** The backend's name for reports: {@code playwright}, {@code selenium}, {@code selenium-grid}. */
  String backend();

  /** Loads an absolute URL in the page, waiting for its load event. */
  void navigate(String page, String url, Duration timeout);

  /** {@link Action#BACK}, {@link Action#FORWARD} or {@link Action#RELOAD} in the page. */
  void history(String page, Action action, Duration timeout);

  /**
   * How many elements the locator matches right now, without waiting, and the fingerprint of the
   * only one when {@code captureFingerprint} and exactly one matched.
   */
  Probe probe(Scope scope, Locator locator, boolean captureFingerprint);

  /**
   * Performs an element action (click, dblclick, rightclick, hover, fill, type, select, check,
   * uncheck, upload, drag, press) on the single element the locator matches, waiting until it is
   * actionable.
   *
   * @param value the text, option, key or absolute file path; null when the action needs none
   * @param dropTarget for drag: where to drop, in the same scope
   */
  void act(Scope scope, Locator locator, Action action, String value, Locator dropTarget, Duration timeout);

  /** Presses a key or chord ({@code Enter}, {@code Control+A}) on the page's focused element. */
  void pressKey(String page, String key);

  /** Whether the element is visible now. */
  boolean isVisible(Scope scope, Locator locator);

  /** Reads the element's text, value, checked state ("true"/"false") or attribute (null when absent), now. */
  String read(Scope scope, Locator locator, ElementRead what, String attribute);

  String url(String page);

  String title(String page);

  /** Evaluates a JavaScript expression in the scope, awaiting a promise, and tells whether it is truthy. */
  boolean isTruthy(Scope scope, String expression);

  /**
   * Runs {@code action}, which opens a popup or tab, and names the new page {@code newPage}.
   */
  void openedBy(String newPage, Duration timeout, Runnable action);

  /** Brings the named page to the front; later page-less operations act in it. */
  void switchPage(String page);

  void closePage(String page);

  /** Answers the next native dialog as {@code answer} says; without an armed answer dialogs are dismissed. */
  void armDialog(DialogAnswer answer);

  /** The messages of the dialogs handled since the last call, oldest first. */
  List<String> takeDialogMessages();

  /** A PNG of the page's viewport; of any open page when that one is gone. */
  byte[] screenshot(String page);

  /**
   * A viewport screenshot of the scope's page with the one element the locator matches outlined
   * ({@link Outline}); the outline is gone again afterwards. For heal evidence.
   *
   * @throws ActionFailedException when the element is not there, not visible, or the backend cannot
   */
  default Outline outlinedScreenshot(Scope scope, Locator locator) {
    throw new ActionFailedException("The " + backend() + " backend cannot outline an element in a screenshot");
  }

  /** The page's DOM as HTML. */
  String domSnapshot(String page);

  /**
   * The fingerprints of the scope's candidate elements for healing ({@link
   * com.argus.engine.locate.FingerprintCapture#candidatesExpression()}), in document order.
   */
  default List<ElementFingerprint> candidates(Scope scope) {
    throw new ActionFailedException("The " + backend() + " backend cannot list a page's elements for healing");
  }

  /** Names of the pages open now. */
  List<String> pages();

  /** Whether the browser session still answers. */
  boolean isAlive();

  /**
   * Ends tracing when this session traces, saving the trace to {@code saveTo} or dropping it when
   * null. A no-op for backends without tracing.
   */
  default void finishTrace(Path saveTo) {}

  /** Ends the session; never throws for a dead browser. */
  @Override
  void close();
}
