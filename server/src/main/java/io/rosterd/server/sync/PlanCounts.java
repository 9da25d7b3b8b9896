package io.rosterd.server.sync;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The counts of a run for orgs, users and roles. */
public final class PlanCounts {
  private final Map<Kind, KindCounts> byKind = new EnumMap<>(Kind.class);

  public PlanCounts() {
    for (Kind kind : Kind.values()) {
      byKind.put(kind, new KindCounts());
    }
  }

  public KindCounts of(Kind kind) {
    return byKind.get(kind);
  }

  /** {"orgs": {...}, "users": {...}, "roles": {...}}, as stored and reported. */
  public Map<String, Map<String, Long>> asMap() {
    Map<String, Map<String, Long>> map = new LinkedHashMap<>();
    for (Kind kind : Kind.values()) {
      map.put(kind.plural(), byKind.get(kind).asMap());
    }
    return map;
  }

  public static PlanCounts of(Map<String, Map<String, Long>> map) {
    PlanCounts counts = new PlanCounts();
    for (Kind kind : Kind.values()) {
      counts.byKind.put(kind, KindCounts.of(map.getOrDefault(kind.plural(), Map.of())));
    }
    return counts;
  }
}
