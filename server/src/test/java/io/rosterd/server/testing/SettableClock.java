package io.rosterd.server.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests move by hand, so the schedule is tested by moving time, never by sleeping. */
public final class SettableClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  public SettableClock(Instant start) {
    this(new AtomicReference<>(start), ZoneOffset.UTC);
  }

  private SettableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** Moves this clock, and every clock {@link #withZone} made from it, by {@code by}. */
  public void advance(Duration by) {
    now.updateAndGet(time -> time.plus(by));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** The same time, seen in {@code zone}: it moves when this clock does. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new SettableClock(now, zone);
  }
}
