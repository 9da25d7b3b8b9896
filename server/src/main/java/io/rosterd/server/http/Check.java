package io.rosterd.server.http;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One named part of the health answer. Its state is "ok", "timeout", or the failure word it was
 * given ("unreachable" for the database). Changes of state are logged, with the cause, once: a load
 * balancer probing every few seconds must not fill the log while the database is down.
 */
final class Check {
  static final String OK = "ok";
  static final String TIMEOUT = "timeout";

  private static final Logger LOG = LoggerFactory.getLogger(Check.class);

  private final String name;
  private final Probe<Boolean> probe;
  private final String failure;
  private String last = OK; // guarded by this

  Check(String name, Callable<Boolean> healthy, String failure) {
    this.name = name;
    this.probe = new Probe<>(healthy);
    this.failure = failure;
  }

  String name() {
    return name;
  }

  Future<Boolean> start() {
    return probe.start();
  }

  /** The state {@code started} reached by {@code deadline} (a {@link System#nanoTime()}). */
  String stateOf(Future<Boolean> started, long deadline) {
    Throwable cause = null;
    String state;
    try {
      long left = Math.max(0, deadline - System.nanoTime());
      state = started.get(left, TimeUnit.NANOSECONDS) ? OK : failure;
    } catch (TimeoutException e) {
      state = TIMEOUT;
    } catch (ExecutionException e) {
      state = failure;
      cause = e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      state = TIMEOUT;
    }
    changed(state, cause);
    return state;
  }

  private synchronized void changed(String state, Throwable cause) {
    if (state.equals(last)) {
      return;
    }
    if (state.equals(OK)) {
      LOG.info("health check {}: ok again", name);
    } else {
      LOG.warn("health check {}: {}{}", name, state, cause == null ? "" : ": " + cause);
      if (cause != null) {
        LOG.debug("health check {} failed", name, cause);
      }
    }
    last = state;
  }
}
