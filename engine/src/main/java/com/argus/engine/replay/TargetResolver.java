package com.argus.engine.replay;

import com.argus.engine.replay.driver.ActionFailedException;
import com.argus.engine.replay.driver.BrowserDriver;
import com.argus.engine.replay.driver.Poller;
import com.argus.engine.replay.driver.Probe;
import com.argus.engine.replay.driver.Scope;
import com.argus.engine.spec.ElementFingerprint;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.Target;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds a step's element: the candidates in rank order, the first matching exactly one element
 * wins, looking again until the timeout. Stateless apart from its poller; thread-safe.
 */
final class TargetResolver {
  private final Poller poller;

  TargetResolver(Poller poller) {
    this.poller = poller;
  }

  /** The chosen candidate, its rank and the element's fingerprint (when captured). */
  record Resolution(int rank, Locator locator, ElementFingerprint fingerprint, List<LocatorAttempt> attempts) {
    boolean isFallback() {
      return rank > 0;
    }

    int matchCount() {
      return 1;
    }
  }

  Resolution resolve(BrowserDriver driver, Scope scope, Target target, Duration timeout, boolean captureFingerprint) {
    List<Locator> candidates = target == null ? List.of() : target.candidates();
    if (candidates.isEmpty()) {
      throw new LocatorNotFoundException("The step has no locator candidates; re-record it or add one", List.of());
    }
    int[] matched = new int[candidates.size()];
    Arrays.fill(matched, -1);
    String[] lastError = {null};
    Optional<Resolution> found = poller.poll(timeout, () -> {
      for (int i = 0; i < candidates.size(); i++) {
        Probe probe;
        try {
          probe = driver.probe(scope, candidates.get(i), captureFingerprint);
        } catch (ActionFailedException e) {
          // The page is navigating or a frame is not there yet: look again.
          lastError[0] = e.userMessage();
          matched[i] = 0;
          continue;
        }
        matched[i] = probe.count();
        if (probe.count() == 1) {
          return Optional.of(new Resolution(i, candidates.get(i), probe.fingerprint(), attempts(candidates, matched)));
        }
      }
      return Optional.empty();
    });
    return found.orElseThrow(() -> new LocatorNotFoundException(
        "No locator matched exactly one element within " + timeout.toMillis() + " ms"
            + (lastError[0] == null ? "" : " (last problem: " + lastError[0] + ")"), attempts(candidates, matched)));
  }

  static List<LocatorAttempt> attempts(List<Locator> candidates, int[] matched) {
    List<LocatorAttempt> out = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      out.add(new LocatorAttempt(i, candidates.get(i).describe(), matched[i]));
    }
    return out;
  }
}
