package io.rosterd.server.store;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What must happen when the JVM stops (SIGTERM, Ctrl-C), in order: the last registered runs first.
 * The JVM runs its own shutdown hooks all at once in no order, which would let the bundled
 * PostgreSQL stop under a run that is still finishing; one hook running these in turn does not.
 */
public final class OnExit {
  private static final Logger LOG = LoggerFactory.getLogger(OnExit.class);
  private static final Deque<Task> TASKS = new ArrayDeque<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(OnExit::runAll, "rosterd-exit"));
  }

  private OnExit() {}

  /** Runs {@code task} at exit, before every task registered earlier. */
  public static synchronized void register(String name, Runnable task) {
    TASKS.push(new Task(name, task));
  }

  private static synchronized void runAll() {
    while (!TASKS.isEmpty()) {
      Task task = TASKS.pop();
      try {
        task.work().run();
      } catch (RuntimeException e) {
        LOG.error("while stopping, {} failed: {}", task.name(), e.getMessage(), e);
      }
    }
  }

  private record Task(String name, Runnable work) {}
}
