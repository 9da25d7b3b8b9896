package io.rosterd.server.http;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * What {@code GET /health} reports: the database, answering within a short time limit, and any
 * named checks the caller adds (the SFTP server, say). Immutable: {@link #with} returns a new one.
 */
public final class Health {

  /** Long enough for a busy database, short enough for a load balancer's probe timeout. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,30}");
  private static final String DATABASE = "database";

  private final List<Check> checks;
  private final Duration timeout;

  /** Checks {@code database} with {@link #DEFAULT_TIMEOUT}. */
  public Health(DataSource database) {
    this(database, DEFAULT_TIMEOUT);
  }

  /** Checks {@code database}; every check together gets at most {@code timeout}. */
  public Health(DataSource database, Duration timeout) {
    this(List.of(new Check(DATABASE, () -> isValid(database, timeout), "unreachable")), timeout);
  }

  private Health(List<Check> checks, Duration timeout) {
    this.checks = List.copyOf(checks);
    this.timeout = timeout;
  }

  /**
   * This health plus a check called {@code name} (lower case, e.g. "sftp"): "ok" while {@code
   * healthy} says true, "failing" when it says false or throws, "timeout" when it does not answer
   * in time. Any failing check makes the whole answer 503.
   */
  public Health with(String name, BooleanSupplier healthy) {
    if (!NAME.matcher(name).matches() || name.equals("status") || has(name)) {
      throw new IllegalArgumentException(
          "a health check needs a new lower-case name (a-z, 0-9, _), not \"" + name + "\"");
    }
    List<Check> more = new ArrayList<>(checks);
    more.add(new Check(name, healthy::getAsBoolean, "failing"));
    return new Health(more, timeout);
  }

  /** Runs every check at once and waits for them up to the time limit. */
  public Report check() {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Future<Boolean>> started = checks.stream().map(Check::start).toList();
    Map<String, String> states = new LinkedHashMap<>();
    for (int i = 0; i < checks.size(); i++) {
      states.put(checks.get(i).name(), checks.get(i).stateOf(started.get(i), deadline));
    }
    return new Report(states);
  }

  /** Each check's state, in the order added, the database first. */
  public record Report(Map<String, String> checks) {
    public Report {
      checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks)); // keeps the order
    }

    public boolean ok() {
      return checks.values().stream().allMatch(Check.OK::equals);
    }
  }

  private boolean has(String name) {
    return checks.stream().anyMatch(check -> check.name().equals(name));
  }

  private static boolean isValid(DataSource database, Duration timeout) throws Exception {
    try (Connection connection = database.getConnection()) {
      return connection.isValid((int) Math.max(1, timeout.toSeconds()));
    }
  }
}
