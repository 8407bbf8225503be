package com.argus.engine.replay;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the message of a failed step so a person knows what happened and what to try: the step,
 * each locator tried with its match count, the page's URL and title, and a suggestion. Stateless.
 */
final class FailureExplainer {
  private FailureExplainer() {}

  static String explain(int index, String title, String cause, List<LocatorAttempt> attempts, String url, String pageTitle) {
    StringBuilder s = new StringBuilder();
    s.append("Step ").append(index + 1).append(" (").append(title).append(") failed: ").append(cause);
    if (!attempts.isEmpty()) {
      s.append("\n  Locators tried: ").append(attempts.stream()
          .map(a -> (a.rank() + 1) + ". " + a.locator() + " → " + describeCount(a.matched()))
          .collect(Collectors.joining("; ")));
    }
    if (url != null) {
      s.append("\n  Page: ").append(url);
      if (pageTitle != null && !pageTitle.isBlank()) {
        s.append(" (title \"").append(pageTitle).append("\")");
      }
    }
    String advice = advice(attempts);
    if (advice != null) {
      s.append("\n  Try: ").append(advice);
    }
    return s.toString();
  }

  private static String describeCount(int matched) {
    if (matched < 0) {
      return "not tried";
    }
    return matched == 1 ? "matched 1 element" : "matched " + matched + " elements";
  }

  static String advice(List<LocatorAttempt> attempts) {
    if (attempts.isEmpty()) {
      return null;
    }
    int most = attempts.stream().mapToInt(LocatorAttempt::matched).max().orElse(0);
    if (most > 1) {
      return "a locator matched " + most + " elements; add a more specific locator (a test id, or role with its name)";
    }
    if (most <= 0) {
      return "matched 0; the element may have changed or not appeared yet — check the screenshot, raise the step's "
          + "timeoutMs if it is slow, try `--heal auto` or `--heal review`, or re-record the step";
    }
    return null;
  }
}
