package io.rosterd.server.http;

import io.rosterd.server.concurrent.Threads;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a slow call (a database round trip) off the request thread, so the caller can give up after
 * a time limit. A call still running from an earlier request is joined rather than started again: a
 * database that hangs then holds one thread, not one more per health probe or scrape.
 */
final class Probe<T> {

  /**
   * Daemon threads, made on demand and dropped after a minute idle, so nothing needs closing and a
   * hung call cannot keep the process alive.
   */
  private static final ExecutorService THREADS =
      Executors.newCachedThreadPool(Threads.named("rosterd-probe"));

  private final Callable<T> call;
  private Future<T> running; // guarded by this

  Probe(Callable<T> call) {
    this.call = call;
  }

  /** The call in flight, started now unless an earlier one is still running. */
  synchronized Future<T> start() {
    if (running == null || running.isDone()) {
      running = THREADS.submit(call);
    }
    return running;
  }
}
