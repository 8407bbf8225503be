package com.argus.recorder;

import com.argus.engine.spec.AssertionKind;
import com.argus.engine.spec.DevicePreset;
import com.argus.engine.spec.DialogAnswer;
import com.argus.engine.spec.FrameRef;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import com.argus.recorder.capture.BrowserLauncher;
import com.argus.recorder.capture.BrowserThread;
import com.argus.recorder.capture.CaptureScript;
import com.argus.recorder.convert.LocatorRanker;
import com.argus.recorder.convert.RawEvent;
import com.argus.recorder.convert.StepChange;
import com.argus.recorder.convert.StepConverter;
import com.argus.recorder.convert.ValueDigest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One recording: a Chromium window (launched, or a running one attached over CDP) whose every
 * meaningful action becomes a spec step as it happens.
 *
 * <pre>{@code
 * RecordingSession s = RecordingSession.start(RecordingOptions.forUrl(url), listener);
 * ... the person works in the window; listener.stepAdded(...) follows live ...
 * TestSpec spec = s.stop();          // or s.awaitEnd() until the window is closed
 * }</pre>
 *
 * <p>Thread-safety: all methods may be called from any thread. Browser work runs on the recorder's
 * browser thread ({@link BrowserThread}); listeners are called there, in order. Blocking methods
 * ({@link #stop}, {@link #inPage}) must not be called from a listener.
 */
public final class RecordingSession implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RecordingSession.class);
  private static final long FLUSH_MS = 150;

  private final RecordingOptions options;
  private final BrowserThread thread;
  private final StepConverter converter;
  private final ValueDigest digest;
  private final String binding;
  private final String specName;
  private final List<RecordingListener> listeners = new CopyOnWriteArrayList<>();
  private final CompletableFuture<TestSpec> ended = new CompletableFuture<>();
  private volatile TestSpec current;
  /** Tests see every event JSON the page sent, to prove what never leaves the page. */
  volatile java.util.function.Consumer<String> rawTap;

  // Browser-thread state.
  private Browser browser;
  private BrowserContext context;
  private final Map<Page, String> pageNames = new IdentityHashMap<>();
  private final Map<Frame, FrameRef> frameRefs = new IdentityHashMap<>();
  private int popupCount;
  private boolean ending;
  /** Page events not yet turned into steps, in the order they arrived. */
  private final ArrayDeque<Runnable> pendingEvents = new ArrayDeque<>();
  private boolean dispatching;
  private BrowserThread.Pump pump;

  private RecordingSession(RecordingOptions options, BrowserThread thread) {
    this.options = options;
    this.thread = thread;
    String base = baseUrlOf(options.url());
    this.digest = new ValueDigest(new SecureRandom().nextInt());
    this.converter = new StepConverter(base, new LocatorRanker(options.locatorPriority()), digest);
    // A unique binding per session: a CDP-attached browser keeps an earlier session's binding.
    this.binding = CaptureScript.BINDING + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    this.specName = options.specName() != null ? options.specName() : nameFrom(options.url());
    this.current = currentSpec();
  }

  /**
   * Opens the browser at {@code options.url()} and starts recording. Listeners given here see every
   * step from the first (the opening navigation).
   *
   * @throws com.argus.recorder.capture.CaptureException when no browser can be started or attached
   */
  public static RecordingSession start(RecordingOptions options, RecordingListener... listeners) {
    RecordingSession session = new RecordingSession(options, BrowserThread.shared());
    session.listeners.addAll(List.of(listeners));
    session.thread.call(() -> {
      session.open();
      return null;
    });
    return session;
  }

  public void addListener(RecordingListener listener) {
    listeners.add(listener);
  }

  public void removeListener(RecordingListener listener) {
    listeners.remove(listener);
  }

  /** The steps recorded so far, in order. */
  public List<Step> steps() {
    return current.steps();
  }

  /** The options this session was started with. */
  public RecordingOptions options() {
    return options;
  }

  public boolean isEnded() {
    return ended.isDone();
  }

  /** Completes with the spec when the recording ends (stopped, window closed, browser gone). */
  public CompletableFuture<TestSpec> ended() {
    return ended;
  }

  /** Waits until the person closes the window (or {@link #stop} is called elsewhere). */
  public TestSpec awaitEnd() {
    try {
      return ended.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return stop();
    } catch (ExecutionException e) {
      throw new RecorderException("the recording failed: " + e.getCause().getMessage(), e.getCause());
    }
  }

  /** Like {@link #awaitEnd()} but gives up after {@code timeout}. */
  public Optional<TestSpec> awaitEnd(Duration timeout) {
    try {
      return Optional.of(ended.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      throw new RecorderException("the recording failed: " + e.getCause().getMessage(), e.getCause());
    }
  }

  /**
   * Ends the recording: commits what is being typed, closes the launched browser (an attached one
   * is only let go) and returns the spec. Calling it again returns the same spec.
   */
  public TestSpec stop() {
    if (!ended.isDone()) {
      thread.call(() -> {
        finish(true);
        return null;
      });
    }
    return ended.join();
  }

  @Override
  public void close() {
    stop();
  }

  /**
   * Arms the element picker of assert mode in the main page: the next click in the page picks the
   * element to assert {@code kind} of (visible, text, value, checked) instead of being recorded.
   * For {@code url} and {@code title} the assertion is recorded at once.
   */
  public void armAssert(AssertionKind kind) {
    thread.call(() -> {
      Page main = mainPage();
      if (main == null) {
        return null;
      }
      String name = kind.fileName();
      main.evaluate("([b, k]) => { const f = window['__argusArm_' + b]; if (f) f(k); }", List.of(binding, name));
      return null;
    });
  }

  /** Shows or hides the assert toolbar in the main page (the same as pressing Ctrl+Shift+A in it). */
  public void toggleAssertToolbar() {
    thread.call(() -> {
      Page main = mainPage();
      if (main != null) {
        main.evaluate("b => { const f = window['__argusToolbar_' + b]; if (f) f(); }", binding);
      }
      return null;
    });
  }

  /**
   * Runs {@code work} with the named page ({@code main} or a popup's name) on the browser thread.
   * For tests and tools that drive the recorded page; the page sees real input events.
   */
  public <T> T inPage(String pageName, Function<Page, T> work) {
    return thread.call(() -> {
      Page page = pageNamed(pageName);
      if (page == null) {
        throw new RecorderException("no page named '" + pageName + "' in this recording");
      }
      return work.apply(page);
    });
  }

  /** Runs {@code work} with the recording's browser context on the browser thread. */
  public <T> T inContext(Function<BrowserContext, T> work) {
    return thread.call(() -> work.apply(context));
  }

  /** The spec as recorded so far; does not wait for the browser. */
  public TestSpec snapshot() {
    return current;
  }

  // ------------------------------------------------------------------ browser thread

  private void open() {
    var pw = thread.acquire();
    try {
      openWith(pw);
    } catch (RuntimeException e) {
      if (browser != null) {
        try {
          browser.close();
        } catch (PlaywrightException closing) {
          LOG.debug("closing the browser after a failed start: {}", closing.getMessage());
        }
      }
      thread.release();
      throw e;
    }
  }

  private void openWith(Playwright pw) {
    CaptureScript script = CaptureScript.create(options.testIdAttributes(), options.secretSelectors(), binding, false,
        digest.salt());
    DevicePreset device = options.device();
    if (options.cdpEndpoint() != null) {
      browser = BrowserLauncher.connect(pw, options.cdpEndpoint());
      // The default context is the person's own profile: cookies and logins come with it.
      context = browser.contexts().isEmpty() ? browser.newContext() : browser.contexts().get(0);
    } else {
      browser = BrowserLauncher.launch(pw, BrowserLauncher.findBrowser(options.browser()), options.headless(),
          BrowserLauncher.argsFor(options.url()));
      Browser.NewContextOptions o = new Browser.NewContextOptions();
      if (device != null) {
        o.setViewportSize(device.viewport().width(), device.viewport().height())
            .setIsMobile(device.isMobile()).setHasTouch(device.isMobile())
            .setDeviceScaleFactor(device.deviceScaleFactor());
        if (device.userAgent() != null) {
          o.setUserAgent(device.userAgent());
        }
      } else if (!options.headless()) {
        o.setViewportSize(null);
      }
      context = browser.newContext(o);
    }
    browser.onDisconnected(b -> finish(false));
    context.addInitScript(script.source());
    context.exposeBinding(binding, (source, args) -> {
      onScriptEvent(source.page(), source.frame(), args.length > 0 ? String.valueOf(args[0]) : null);
      return null;
    });
    Page main = context.newPage();
    // Only now: the main page's own creation must not count as a popup.
    context.onPage(this::onNewPage);
    if (device != null && options.cdpEndpoint() != null) {
      main.setViewportSize(device.viewport().width(), device.viewport().height());
    }
    register(main, Step.MAIN_PAGE);
    emit(RawEvent.open(Step.MAIN_PAGE, options.url(), System.currentTimeMillis()));
    pump = () -> {
      if (ending) {
        return false;
      }
      Page p = mainPage();
      if (p == null || p.isClosed()) {
        return false;
      }
      p.waitForTimeout(20);
      return true;
    };
    thread.addPump(pump);
    try {
      main.navigate(options.url());
    } catch (PlaywrightException e) {
      LOG.warn("the start page {} did not load: {}", options.url(), firstLine(e.getMessage()));
    }
    LOG.info("recording {} ({})", options.url(), options.cdpEndpoint() != null ? "attached over CDP" : "launched browser");
  }

  private void onNewPage(Page page) {
    adopt(page, false);
  }

  /** Names a new page and records it; {@code now} when the caller is already handling an event. */
  private void adopt(Page page, boolean now) {
    if (pageNames.containsKey(page) || ending) {
      return;
    }
    popupCount++;
    String name = "popup" + (popupCount == 1 ? "" : popupCount);
    register(page, name);
    Page opener = null;
    try {
      opener = page.opener();
    } catch (PlaywrightException e) {
      LOG.debug("no opener for {}: {}", name, e.getMessage());
    }
    RawEvent event = RawEvent.popup(name, opener == null ? null : pageNames.get(opener), System.currentTimeMillis());
    if (now) {
      emit(event);
    } else {
      inArrivalOrder(() -> emit(event));
    }
  }

  private void register(Page page, String name) {
    pageNames.put(page, name);
    page.onDialog(this::onDialog);
    page.onClose(p -> {
      if (ending) {
        return;
      }
      emit(RawEvent.pageClosed(name, System.currentTimeMillis()));
      if (Step.MAIN_PAGE.equals(name)) {
        LOG.info("the recorded window was closed; the recording ends");
        finish(false);
      }
    });
  }

  private void onDialog(Dialog dialog) {
    String page = pageNames.getOrDefault(dialog.page(), Step.MAIN_PAGE);
    DialogAnswer answer;
    try {
      answer = options.dialogPolicy().answer(
          new DialogPolicy.Request(dialog.type(), dialog.message(), dialog.defaultValue(), page));
    } catch (RuntimeException e) {
      LOG.warn("the dialog policy failed ({}); accepting the dialog", e.toString());
      answer = new DialogAnswer(true, null, null);
    }
    if (answer == null) {
      answer = new DialogAnswer(true, null, null);
    }
    try {
      if (answer.accept()) {
        if (answer.promptText() != null) {
          dialog.accept(answer.promptText());
        } else {
          dialog.accept();
        }
      } else {
        dialog.dismiss();
      }
    } catch (PlaywrightException e) {
      LOG.debug("dialog already gone: {}", e.getMessage());
    }
    if (!ending) {
      // Answered at once above (the page is blocked until then); only the step waits its turn.
      RawEvent event = RawEvent.dialog(page, dialog.type(), dialog.message(), answer, System.currentTimeMillis());
      inArrivalOrder(() -> emit(event));
    }
  }

  private void onScriptEvent(Page page, Frame frame, String json) {
    inArrivalOrder(() -> handleScriptEvent(page, frame, json));
  }

  /**
   * Runs page-event handling strictly in arrival order. Handling an event may make a Playwright
   * call (the first event from a frame asks for the frame's element), and while a call waits,
   * Playwright delivers the next binding call on this same thread: without the queue, a click in a
   * new frame was recorded before the fill that preceded it.
   */
  private void inArrivalOrder(Runnable handling) {
    pendingEvents.add(handling);
    if (dispatching) {
      return;
    }
    dispatching = true;
    try {
      for (Runnable next = pendingEvents.poll(); next != null; next = pendingEvents.poll()) {
        next.run();
      }
    } finally {
      dispatching = false;
    }
  }

  private void handleScriptEvent(Page page, Frame frame, String json) {
    if (ending || json == null) {
      return;
    }
    java.util.function.Consumer<String> tap = rawTap;
    if (tap != null) {
      tap.accept(json);
    }
    String name = pageNames.get(page);
    if (name == null) {
      if (mainPage() == null) {
        // The main page's about:blank, before newPage() has returned it to us.
        return;
      }
      // A page the context opened before onPage fired; adopt it.
      adopt(page, true);
      name = pageNames.get(page);
    }
    RawEvent event;
    try {
      event = RawEvent.fromScript(json, name, framePath(frame));
    } catch (IllegalArgumentException e) {
      LOG.warn("ignored a malformed recorder event: {}", e.getMessage());
      return;
    }
    if ("error".equals(event.kind())) {
      LOG.debug("recorder script error in {}: {}", event.text("frameUrl"), event.text("message"));
      return;
    }
    // Kinds only: values may be personal data.
    LOG.debug("event {} in {}", event.kind(), name);
    emit(event);
  }

  private List<FrameRef> framePath(Frame frame) {
    List<FrameRef> path = new ArrayList<>();
    for (Frame f = frame; f != null && f.parentFrame() != null; f = f.parentFrame()) {
      path.add(0, frameRefs.computeIfAbsent(f, this::describeFrame));
    }
    return path;
  }

  private FrameRef describeFrame(Frame f) {
    String name = blankToNull(f.name());
    String title = null;
    String src = null;
    try {
      ElementHandle el = f.frameElement();
      if (name == null) {
        name = blankToNull(el.getAttribute("name"));
      }
      title = blankToNull(el.getAttribute("title"));
      src = blankToNull(el.getAttribute("src"));
      el.dispose();
    } catch (PlaywrightException e) {
      LOG.debug("frame element not reachable: {}", e.getMessage());
    }
    if (src != null && (src.startsWith("data:") || src.startsWith("javascript:") || src.length() > 200)) {
      src = null;
    }
    if (name == null && title == null && src == null) {
      src = pathOf(f.url());
    }
    return new FrameRef(name, title, src, null);
  }

  private void emit(RawEvent event) {
    List<StepChange> changes = converter.accept(event);
    if (changes.isEmpty()) {
      return;
    }
    current = currentSpec();
    for (StepChange c : changes) {
      for (RecordingListener l : listeners) {
        try {
          if (c instanceof StepChange.Added a) {
            l.stepAdded(a.index(), a.step());
          } else if (c instanceof StepChange.Replaced r) {
            l.stepReplaced(r.index(), r.step());
          } else if (c instanceof StepChange.Removed r) {
            l.stepRemoved(r.index(), r.step());
          }
        } catch (RuntimeException e) {
          LOG.warn("a recording listener failed: {}", e.toString(), e);
        }
      }
    }
  }

  private void finish(boolean flush) {
    if (ending) {
      return;
    }
    if (flush) {
      // Commit a field still being typed in: its change event has not fired yet.
      for (Page p : new ArrayList<>(pageNames.keySet())) {
        if (p.isClosed()) {
          continue;
        }
        for (Frame f : p.frames()) {
          try {
            f.evaluate("b => { const f = window['__argusFlush_' + b]; if (f) f(); }", binding);
          } catch (PlaywrightException e) {
            LOG.debug("flush failed in a frame: {}", e.getMessage());
          }
        }
      }
      Page main = mainPage();
      if (main != null && !main.isClosed()) {
        try {
          main.waitForTimeout(FLUSH_MS);
        } catch (PlaywrightException e) {
          LOG.debug("flush wait failed: {}", e.getMessage());
        }
      }
    }
    ending = true;
    if (pump != null) {
      thread.removePump(pump);
    }
    TestSpec spec = currentSpec();
    try {
      if (options.cdpEndpoint() != null) {
        // The person's own browser stays; we only let go of it.
        browser.close();
      } else if (browser.isConnected()) {
        browser.close();
      }
    } catch (PlaywrightException e) {
      LOG.debug("browser already gone: {}", e.getMessage());
    }
    thread.release();
    LOG.info("recording ended with {} steps", spec.steps().size());
    for (RecordingListener l : listeners) {
      try {
        l.recordingEnded(spec);
      } catch (RuntimeException e) {
        LOG.warn("a recording listener failed: {}", e.toString(), e);
      }
    }
    ended.complete(spec);
  }

  private TestSpec currentSpec() {
    DevicePreset d = options.device();
    return converter.toSpec(specName, d == null || d == DevicePreset.DESKTOP ? null : d.presetName());
  }

  private Page mainPage() {
    return pageNamed(Step.MAIN_PAGE);
  }

  private Page pageNamed(String name) {
    for (Map.Entry<Page, String> e : pageNames.entrySet()) {
      if (e.getValue().equals(name)) {
        return e.getKey();
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ helpers

  static String baseUrlOf(String url) {
    try {
      URI u = URI.create(url);
      if (u.getScheme() == null || u.getAuthority() == null) {
        return null;
      }
      return u.getScheme() + "://" + u.getAuthority() + "/";
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String nameFrom(String url) {
    try {
      URI u = URI.create(url);
      String host = u.getHost() == null ? url : u.getHost();
      String path = u.getPath() == null || u.getPath().isEmpty() || "/".equals(u.getPath()) ? "" : u.getPath();
      return "Recorded on " + host + path;
    } catch (IllegalArgumentException e) {
      return "Recorded session";
    }
  }

  private static String pathOf(String url) {
    try {
      URI u = URI.create(url);
      return u.getRawPath() == null || u.getRawPath().isEmpty() ? url : u.getRawPath();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
