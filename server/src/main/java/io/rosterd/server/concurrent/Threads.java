package io.rosterd.server.concurrent;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Named daemon threads, so a thread dump says what each one is for. */
public final class Threads {
  private Threads() {}

  /**
   * Daemon threads named {@code prefix-1}, {@code prefix-2}, …: never what keeps a stopping JVM
   * alive.
   */
  public static ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
