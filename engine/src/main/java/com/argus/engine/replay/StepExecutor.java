package com.argus.engine.replay;

import com.argus.engine.ArgusException;
import com.argus.engine.replay.driver.ActionFailedException;
import com.argus.engine.replay.driver.BrowserDriver;
import com.argus.engine.replay.driver.BrowserGoneException;
import com.argus.engine.replay.driver.Poller;
import com.argus.engine.replay.driver.Scope;
import com.argus.engine.run.StepStatus;
import com.argus.engine.spec.Action;
import com.argus.engine.spec.DialogAnswer;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.MatchMode;
import com.argus.engine.spec.Step;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Executes one step of the spec format on a {@link BrowserDriver}: what each action means, how
 * popups, dialogs and waits work. Failures become a FAILED outcome; only {@link
 * com.argus.engine.replay.driver.BrowserGoneException} escapes. Thread-safe; per-test state lives
 * in {@link TestState}.
 */
final class StepExecutor {
  private final Poller poller;
  private final TargetResolver resolver;
  private final AssertionChecker assertions;

  StepExecutor(Poller poller) {
    this.poller = poller;
    this.resolver = new TargetResolver(poller);
    this.assertions = new AssertionChecker(poller, resolver);
  }

  /** Per-test state the steps share. Not thread-safe. */
  static final class TestState {
    final BrowserDriver driver;
    final String baseUrl;
    final Path specDir;
    final boolean captureFingerprints;
    DialogAnswer pendingDialog;
    /** Heals steps whose locators find nothing; null when healing is off. */
    StepHealing healing;

    TestState(BrowserDriver driver, String baseUrl, Path specDir, boolean captureFingerprints) {
      this.driver = driver;
      this.baseUrl = baseUrl;
      this.specDir = specDir;
      this.captureFingerprints = captureFingerprints;
    }
  }

  StepOutcome execute(Step step, TestState state, Duration timeout) {
    StepOutcome outcome;
    try {
      outcome = perform(step, state, timeout);
    } catch (LocatorNotFoundException e) {
      StepOutcome failed = StepOutcome.failed(e.userMessage(), e.attempts(), null, bestCount(e.attempts()));
      if (state.healing == null) {
        return failed;
      }
      outcome = state.healing.heal(step, new Scope(step.pageName(), step.frames()), state.driver, failed,
          healed -> executeOnce(healed, state, timeout));
    } catch (BrowserGoneException e) {
      throw e;
    } catch (ArgusException e) {
      return StepOutcome.failed(e.userMessage(), List.of(), null, -1);
    }
    return checkDialog(step, state, outcome);
  }

  // The healed step runs once more, without healing again.
  private StepOutcome executeOnce(Step step, TestState state, Duration timeout) {
    try {
      return perform(step, state, timeout);
    } catch (LocatorNotFoundException e) {
      return StepOutcome.failed(e.userMessage(), e.attempts(), null, bestCount(e.attempts()));
    } catch (BrowserGoneException e) {
      throw e;
    } catch (ArgusException e) {
      return StepOutcome.failed(e.userMessage(), List.of(), null, -1);
    }
  }

  private StepOutcome perform(Step step, TestState state, Duration timeout) {
    BrowserDriver driver = state.driver;
    Scope scope = new Scope(step.pageName(), step.frames());
    Action action = step.action();
    switch (action) {
      case NAVIGATE -> {
        driver.navigate(step.pageName(), absoluteUrl(state.baseUrl, step.value()), timeout);
        return StepOutcome.passed();
      }
      case BACK, FORWARD, RELOAD -> {
        driver.history(step.pageName(), action, timeout);
        return StepOutcome.passed();
      }
      case SWITCH_FRAME -> {
        // Every step carries its own frame path; this step only documents the switch.
        return StepOutcome.passed();
      }
      case SWITCH_PAGE -> {
        driver.switchPage(step.value() != null ? step.value() : step.pageName());
        return StepOutcome.passed();
      }
      case CLOSE_PAGE -> {
        driver.closePage(step.value() != null && step.page() == null ? step.value() : step.pageName());
        return StepOutcome.passed();
      }
      case DIALOG -> {
        driver.armDialog(step.dialog());
        state.pendingDialog = step.dialog();
        return StepOutcome.passed();
      }
      case WARNING -> {
        return new StepOutcome(StepStatus.WARNING, "Recording gap: " + (step.value() == null ? "not recorded" : step.value()),
            null, -1, List.of(), null);
      }
      case WAIT -> {
        return waitFor(step, state, scope, timeout);
      }
      case ASSERT -> {
        return assertions.check(driver, scope, step, state.baseUrl, timeout, state.captureFingerprints);
      }
      case PRESS -> {
        if (step.target() == null || step.target().candidates().isEmpty()) {
          driver.pressKey(step.pageName(), step.value());
          return StepOutcome.passed();
        }
        return onElement(step, state, scope, timeout);
      }
      default -> {
        return onElement(step, state, scope, timeout);
      }
    }
  }

  private StepOutcome onElement(Step step, TestState state, Scope scope, Duration timeout) {
    long start = poller.clock().millis();
    TargetResolver.Resolution found = resolver.resolve(state.driver, scope, step.target(), timeout, state.captureFingerprints);
    Duration rest = remaining(timeout, start);
    String value = step.value();
    Locator drop = null;
    if (step.action() == Action.UPLOAD) {
      value = uploadPath(state.specDir, value);
    }
    if (step.action() == Action.DRAG) {
      drop = resolver.resolve(state.driver, scope, step.to(), rest, false).locator();
      rest = remaining(timeout, start);
    }
    String finalValue = value;
    Locator finalDrop = drop;
    Duration actTimeout = rest;
    Runnable act = () -> state.driver.act(scope, found.locator(), step.action(), finalValue, finalDrop, actTimeout);
    if (step.opens() != null) {
      state.driver.openedBy(step.opens(), actTimeout, act);
    } else {
      act.run();
    }
    return StepOutcome.found(found);
  }

  private StepOutcome waitFor(Step step, TestState state, Scope scope, Duration timeout) {
    if (step.target() != null && !step.target().candidates().isEmpty()) {
      long start = poller.clock().millis();
      TargetResolver.Resolution found = resolver.resolve(state.driver, scope, step.target(), timeout, state.captureFingerprints);
      Optional<Boolean> visible = poller.poll(remaining(timeout, start),
          () -> state.driver.isVisible(scope, found.locator()) ? Optional.of(true) : Optional.empty());
      return visible.isPresent() ? StepOutcome.found(found)
          : StepOutcome.found(found).failWith(found.locator().describe() + " did not become visible within "
              + timeout.toMillis() + " ms");
    }
    String value = step.value() == null ? "" : step.value().trim();
    if (value.matches("\\d+")) {
      poller.pause(Duration.ofMillis(Long.parseLong(value)));
      return StepOutcome.passed();
    }
    Optional<Boolean> truthy = poller.poll(timeout, () -> {
      try {
        return state.driver.isTruthy(scope, value) ? Optional.of(true) : Optional.empty();
      } catch (ActionFailedException e) {
        return Optional.empty();
      }
    });
    return truthy.isPresent() ? StepOutcome.passed()
        : StepOutcome.failed("the expression `" + value + "` did not become truthy within " + timeout.toMillis() + " ms",
            List.of(), null, -1);
  }

  // A dialog armed by an earlier step is checked after the step that opened it.
  private static StepOutcome checkDialog(Step step, TestState state, StepOutcome outcome) {
    if (step.action() == Action.DIALOG || state.pendingDialog == null) {
      return outcome;
    }
    List<String> messages = state.driver.takeDialogMessages();
    if (messages.isEmpty()) {
      return outcome;
    }
    DialogAnswer expected = state.pendingDialog;
    state.pendingDialog = null;
    String actual = messages.get(0);
    if (expected.message() != null && outcome.status() != StepStatus.FAILED
        && !MatchMode.EQUALS.test(actual, expected.message())) {
      return outcome.failWith("the dialog said \"" + actual + "\", expected \"" + expected.message() + "\"");
    }
    return outcome;
  }

  private Duration remaining(Duration timeout, long startMillis) {
    long left = timeout.toMillis() - (poller.clock().millis() - startMillis);
    return Duration.ofMillis(Math.max(1, left));
  }

  static String absoluteUrl(String baseUrl, String value) {
    if (value == null || value.isBlank()) {
      throw new ArgusException("navigate needs a URL in `value:`");
    }
    URI uri = URI.create(value.trim());
    if (uri.isAbsolute()) {
      return uri.toString();
    }
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new ArgusException("\"" + value + "\" is relative but the spec has no baseUrl; set `baseUrl:` or pass --base-url");
    }
    return URI.create(baseUrl).resolve(uri).toString();
  }

  private static String uploadPath(Path specDir, String value) {
    Path file = Path.of(value);
    Path resolved = file.isAbsolute() || specDir == null ? file : specDir.resolve(file);
    if (!Files.isRegularFile(resolved)) {
      throw new ArgusException("The file to upload does not exist: " + resolved + " (paths are relative to the spec file)");
    }
    return resolved.toAbsolutePath().normalize().toString();
  }

  private static int bestCount(List<LocatorAttempt> attempts) {
    return attempts.isEmpty() ? -1 : attempts.get(0).matched();
  }
}
