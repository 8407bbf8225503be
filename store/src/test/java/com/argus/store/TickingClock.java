package com.argus.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that moves one second forward each time it is read, so stored times are distinct and known. */
public final class TickingClock extends Clock {
  private final AtomicReference<Instant> next;

  public TickingClock(Instant start) {
    this.next = new AtomicReference<>(start);
  }

  public static TickingClock startingAt(String isoInstant) {
    return new TickingClock(Instant.parse(isoInstant));
  }

  @Override
  public Instant instant() {
    return next.getAndUpdate(i -> i.plus(Duration.ofSeconds(1)));
  }

  /** The instant the next read will return. */
  public Instant peek() {
    return next.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }
}
