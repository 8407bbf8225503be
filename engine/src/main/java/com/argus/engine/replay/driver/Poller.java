package com.argus.engine.replay.driver;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Polls a condition until it yields a value or a timeout passes, on an injected {@link Clock} and
 * {@link Sleeper} so waits are tested without sleeping. Backs off from 5 ms to 100 ms between
 * attempts: quick for the common case where the page is already there, gentle on a slow page.
 *
 * <p>Immutable and thread-safe.
 */
public final class Poller {
  private static final long[] BACKOFF_MS = {5, 10, 25, 50, 100};

  /** Sleeps between attempts. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final Clock clock;
  private final Sleeper sleeper;

  public Poller(Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
  }

  public static Poller system() {
    return new Poller(Clock.systemUTC(), d -> Thread.sleep(d.toMillis()));
  }

  public Clock clock() {
    return clock;
  }

  /**
   * The first value {@code attempt} yields, trying at least once and until {@code timeout} has
   * passed; empty when it never did. Interruption ends the wait early, keeping the interrupt flag.
   */
  public <T> Optional<T> poll(Duration timeout, Supplier<Optional<T>> attempt) {
    Instant deadline = clock.instant().plus(timeout);
    for (int i = 0; ; i++) {
      Optional<T> value = attempt.get();
      if (value.isPresent()) {
        return value;
      }
      Instant now = clock.instant();
      if (!now.isBefore(deadline)) {
        return Optional.empty();
      }
      long pause = Math.min(BACKOFF_MS[Math.min(i, BACKOFF_MS.length - 1)], Duration.between(now, deadline).toMillis());
      try {
        sleeper.sleep(Duration.ofMillis(Math.max(1, pause)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
  }

  /** Sleeps for a fixed time (a {@code wait} step with milliseconds). */
  public void pause(Duration duration) {
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
