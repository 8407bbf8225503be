package com.argus.engine.replay.driver;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
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

  /** Longest single sleep, so a cancelled run is noticed within about this long. */
  static final Duration CANCEL_CHECK = Duration.ofMillis(100);

  private final Clock clock;
  private final Sleeper sleeper;
  private final BooleanSupplier cancelled;

  public Poller(Clock clock, Sleeper sleeper) {
    this(clock, sleeper, () -> false);
  }

  private Poller(Clock clock, Sleeper sleeper, BooleanSupplier cancelled) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.cancelled = cancelled;
  }

  /**
   * This poller, also giving up (as on a timeout) as soon as {@code cancelled} says so: waits
   * and pauses check it between attempts and at least every 100 ms.
   */
  public Poller cancelledWhen(BooleanSupplier cancelled) {
    BooleanSupplier mine = this.cancelled;
    return new Poller(clock, sleeper, () -> mine.getAsBoolean() || cancelled.getAsBoolean());
  }

  public boolean isCancelled() {
    return cancelled.getAsBoolean();
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
      if (!now.isBefore(deadline) || cancelled.getAsBoolean()) {
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

  /** Sleeps for a fixed time (a {@code wait} step with milliseconds), or until cancelled. */
  public void pause(Duration duration) {
    Instant end = clock.instant().plus(duration);
    try {
      for (Instant now = clock.instant(); now.isBefore(end) && !cancelled.getAsBoolean(); now = clock.instant()) {
        Duration left = Duration.between(now, end);
        sleeper.sleep(left.compareTo(CANCEL_CHECK) < 0 ? left : CANCEL_CHECK);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
