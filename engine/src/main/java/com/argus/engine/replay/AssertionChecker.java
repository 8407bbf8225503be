package com.argus.engine.replay;

import com.argus.engine.replay.driver.ActionFailedException;
import com.argus.engine.replay.driver.BrowserDriver;
import com.argus.engine.replay.driver.ElementRead;
import com.argus.engine.replay.driver.Poller;
import com.argus.engine.replay.driver.Scope;
import com.argus.engine.run.StepStatus;
import com.argus.engine.spec.Assertion;
import com.argus.engine.spec.AssertionKind;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.MatchMode;
import com.argus.engine.spec.Step;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Checks {@code assert} steps, retrying until the expectation holds or the step's timeout passes
 * (as Playwright's web-first assertions do). Thread-safe; state lives in the call.
 */
final class AssertionChecker {
  private final Poller poller;
  private final TargetResolver resolver;

  AssertionChecker(Poller poller, TargetResolver resolver) {
    this.poller = poller;
    this.resolver = resolver;
  }

  StepOutcome check(BrowserDriver driver, Scope scope, Step step, String baseUrl, Duration timeout, boolean capture) {
    Assertion a = step.assertion();
    AssertionKind kind = a.kind();
    AtomicReference<String> last = new AtomicReference<>();
    switch (kind) {
      case URL, TITLE -> {
        String expected = kind == AssertionKind.URL ? expectedUrl(a, baseUrl) : a.expected();
        boolean ok = holds(timeout, () -> {
          String actual = kind == AssertionKind.URL ? driver.url(scope.page()) : driver.title(scope.page());
          last.set(actual);
          return a.matchMode().test(actual, expected);
        });
        return ok ? StepOutcome.passed()
            : StepOutcome.failed("expected " + kind.fileName() + " " + how(a) + " \"" + expected + "\" but it was \""
                + last.get() + "\"", java.util.List.of(), null, -1);
      }
      case COUNT, HIDDEN -> {
        Locator primary = step.target().primary();
        int expected = kind == AssertionKind.HIDDEN ? 0 : parseCount(a.expected());
        AtomicReference<Integer> count = new AtomicReference<>(-1);
        boolean ok = holds(timeout, () -> {
          int n = driver.probe(scope, primary, false).count();
          count.set(n);
          if (kind == AssertionKind.HIDDEN) {
            return n == 0 || n == 1 && !driver.isVisible(scope, primary);
          }
          return n == expected;
        });
        if (ok) {
          return new StepOutcome(StepStatus.PASSED, null, primary.describe(), count.get(),
              java.util.List.of(new LocatorAttempt(0, primary.describe(), count.get())), null);
        }
        String why = kind == AssertionKind.HIDDEN
            ? "expected " + primary.describe() + " to be hidden or absent, but it is visible (matched " + count.get() + ")"
            : "expected " + primary.describe() + " to match " + expected + " elements but it matched " + count.get();
        return StepOutcome.failed(why, java.util.List.of(new LocatorAttempt(0, primary.describe(), count.get())),
            primary.describe(), count.get());
      }
      default -> {
        TargetResolver.Resolution r = resolver.resolve(driver, scope, step.target(), timeout, capture);
        Duration rest = timeout; // resolution usually takes one look; the check gets the full time again
        boolean ok = holds(rest, () -> {
          String actual = actual(driver, scope, r.locator(), a);
          last.set(actual);
          return switch (kind) {
            case VISIBLE -> "true".equals(actual);
            case CHECKED -> "true".equals(actual) != "false".equalsIgnoreCase(a.expected());
            default -> a.matchMode().test(actual, a.expected());
          };
        });
        StepOutcome found = StepOutcome.found(r);
        if (ok) {
          return found;
        }
        String why = switch (kind) {
          case VISIBLE -> "expected " + r.locator().describe() + " to be visible, but it is hidden";
          case CHECKED -> "expected " + r.locator().describe() + " to be " + a.describe() + " but it is "
              + ("true".equals(last.get()) ? "checked" : "unchecked");
          default -> "expected " + a.describe() + " of " + r.locator().describe() + " but it was \"" + last.get() + "\"";
        };
        return found.failWith(why);
      }
    }
  }

  private static String actual(BrowserDriver driver, Scope scope, Locator locator, Assertion a) {
    return switch (a.kind()) {
      case VISIBLE -> String.valueOf(driver.isVisible(scope, locator));
      case TEXT -> driver.read(scope, locator, ElementRead.TEXT, null);
      case VALUE -> driver.read(scope, locator, ElementRead.VALUE, null);
      case CHECKED -> driver.read(scope, locator, ElementRead.CHECKED, null);
      case ATTRIBUTE -> driver.read(scope, locator, ElementRead.ATTRIBUTE, a.attribute());
      default -> throw new IllegalStateException(a.kind().fileName());
    };
  }

  private boolean holds(Duration timeout, java.util.function.BooleanSupplier check) {
    Optional<Boolean> ok = poller.poll(timeout, () -> {
      try {
        return check.getAsBoolean() ? Optional.of(true) : Optional.empty();
      } catch (ActionFailedException e) {
        return Optional.empty();
      }
    });
    return ok.isPresent();
  }

  private static String how(Assertion a) {
    return a.matchMode().fileName();
  }

  /** A relative expected URL ("/products.html") compared for equality means the same URL under the base. */
  private static String expectedUrl(Assertion a, String baseUrl) {
    String expected = a.expected();
    if (a.matchMode() == MatchMode.EQUALS && expected != null && expected.startsWith("/")
        && baseUrl != null) {
      return URI.create(baseUrl).resolve(expected).toString();
    }
    return expected;
  }

  private static int parseCount(String expected) {
    try {
      return Integer.parseInt(expected.trim());
    } catch (NumberFormatException | NullPointerException e) {
      throw new AssertionFailedException("count expects a whole number, not \"" + expected + "\"");
    }
  }
}
