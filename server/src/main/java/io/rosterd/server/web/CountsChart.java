package io.rosterd.server.web;

import io.rosterd.server.sync.PlanCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A run's counts as horizontal bars, one group per kind (orgs, users, roles), one bar per action:
 * what a run did is seen before it is read. Each bar carries its number, so no value is shown by
 * length alone.
 */
public record CountsChart(int width, int height, List<Bar> bars, List<Heading> headings) {
  private static final int LABEL = 90;
  private static final int ROW = 18;
  private static final int MAX_BAR = 360;

  public record Bar(int y, int width, String action, long count, String fill) {
    public int textX() {
      return LABEL + width + 6;
    }

    public int labelX() {
      return LABEL;
    }
  }

  public record Heading(int y, String kind) {}

  static CountsChart of(PlanCounts counts) {
    Map<String, Map<String, Long>> map = counts.asMap();
    long max = 1;
    for (Map<String, Long> kind : map.values()) {
      for (long n : kind.values()) {
        max = Math.max(max, n);
      }
    }
    List<Bar> bars = new ArrayList<>();
    List<Heading> headings = new ArrayList<>();
    int y = 0;
    for (Map.Entry<String, Map<String, Long>> kind : map.entrySet()) {
      y += ROW + 4;
      headings.add(new Heading(y, kind.getKey()));
      for (Map.Entry<String, Long> action : kind.getValue().entrySet()) {
        y += ROW;
        int w = (int) Math.round((double) action.getValue() * MAX_BAR / max);
        bars.add(new Bar(y, w, action.getKey(), action.getValue(), fill(action.getKey())));
      }
    }
    return new CountsChart(LABEL + MAX_BAR + 80, y + 8, bars, headings);
  }

  private static String fill(String action) {
    return switch (action) {
      case "added" -> "#1a7f37";
      case "updated" -> "#0b5cad";
      case "disabled", "removed" -> "#c4162a";
      case "restored" -> "#7b3fa8";
      case "skipped" -> "#d4860b";
      default -> "#8a94a3";
    };
  }
}
