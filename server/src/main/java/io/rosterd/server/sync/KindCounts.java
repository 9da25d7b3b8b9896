package io.rosterd.server.sync;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** How many records of one kind a run adds, updates, disables, removes, restores, keeps, skips. */
public final class KindCounts {
  private final Map<Action, Long> byAction = new EnumMap<>(Action.class);
  private long skipped;

  public KindCounts() {
    for (Action action : Action.values()) {
      byAction.put(action, 0L);
    }
  }

  void count(Action action) {
    add(action, 1);
  }

  /** Adds {@code n} records (negative to take back ones a cross-check skipped). */
  void add(Action action, long n) {
    byAction.merge(action, n, Long::sum);
  }

  void skipped(long rows) {
    skipped += rows;
  }

  public long get(Action action) {
    return byAction.get(action);
  }

  public long skipped() {
    return skipped;
  }

  /** Records that lose access: the figure the mass-removal guard weighs. */
  long removedOrDisabled() {
    return get(Action.REMOVED) + get(Action.DISABLED);
  }

  /** The counts as reported: added, updated, disabled, removed, restored, unchanged, skipped. */
  public Map<String, Long> asMap() {
    Map<String, Long> map = new LinkedHashMap<>();
    for (Action action : Action.values()) {
      map.put(action.label(), byAction.get(action));
    }
    map.put("skipped", skipped);
    return map;
  }

  static KindCounts of(Map<String, Long> map) {
    KindCounts counts = new KindCounts();
    for (Action action : Action.values()) {
      counts.byAction.put(action, map.getOrDefault(action.label(), 0L));
    }
    counts.skipped = map.getOrDefault("skipped", 0L);
    return counts;
  }
}
