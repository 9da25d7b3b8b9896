package io.rosterd.server.web;

import io.rosterd.server.store.Jdbc;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs per status per day over the last days, as stacked bars drawn on the server (inline SVG): the
 * shape of the last two weeks at a glance, with no script. The same figures are in a table for
 * screen readers.
 */
public record RunChart(
    int width,
    int height,
    List<Rect> rects,
    List<Label> labels,
    List<Legend> legend,
    String summary) {

  static final int DAYS = 14;
  private static final int COLUMN = 40;
  private static final int BAR = 28;
  private static final int TOP = 10;
  private static final int PLOT = 120;
  // Fills chosen to stay apart for common colour-blindness; the legend names every colour.
  private static final Map<String, String> FILLS = fills();

  public record Rect(int x, int y, int width, int height, String fill, String title) {}

  public record Label(int x, int y, String text) {}

  public record Legend(String status, String fill, long total) {}

  static RunChart lastDays(Jdbc jdbc, Clock clock) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate first = today.minusDays(DAYS - 1);
    Map<LocalDate, Map<String, Long>> byDay = new HashMap<>();
    jdbc.query(
        "select (created_at at time zone 'UTC')::date, status, count(*) from runs"
            + " where created_at >= ? group by 1, 2",
        r -> {
          byDay
              .computeIfAbsent(r.getObject(1, LocalDate.class), d -> new HashMap<>())
              .merge(group(r.getString(2)), r.getLong(3), Long::sum);
          return null;
        },
        Timestamp.from(first.atStartOfDay(ZoneOffset.UTC).toInstant()));
    return draw(first, byDay);
  }

  private static RunChart draw(LocalDate first, Map<LocalDate, Map<String, Long>> byDay) {
    long max = 1;
    for (Map<String, Long> day : byDay.values()) {
      max = Math.max(max, day.values().stream().mapToLong(Long::longValue).sum());
    }
    List<Rect> rects = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    Map<String, Long> totals = new LinkedHashMap<>();
    FILLS.keySet().forEach(s -> totals.put(s, 0L));
    for (int i = 0; i < DAYS; i++) {
      LocalDate date = first.plusDays(i);
      int x = 30 + i * COLUMN;
      int y = TOP + PLOT;
      for (Map.Entry<String, String> status : FILLS.entrySet()) {
        long n = byDay.getOrDefault(date, Map.of()).getOrDefault(status.getKey(), 0L);
        if (n > 0) {
          int h = (int) Math.max(2, Math.round((double) n * PLOT / max));
          y -= h;
          String title = date + ": " + n + " " + status.getKey();
          rects.add(new Rect(x, y, BAR, h, status.getValue(), title));
          totals.merge(status.getKey(), n, Long::sum);
        }
      }
      labels.add(new Label(x + BAR / 2, TOP + PLOT + 14, Integer.toString(date.getDayOfMonth())));
    }
    labels.add(new Label(12, TOP + 8, Long.toString(max)));
    labels.add(new Label(12, TOP + PLOT, "0"));
    List<Legend> legend = new ArrayList<>();
    totals.forEach((s, n) -> legend.add(new Legend(s, FILLS.get(s), n)));
    return new RunChart(
        30 + DAYS * COLUMN, TOP + PLOT + 20, rects, labels, legend, summary(first, totals));
  }

  private static String summary(LocalDate first, Map<String, Long> totals) {
    StringBuilder text = new StringBuilder("Runs per day since " + first + ":");
    totals.forEach((s, n) -> text.append(' ').append(n).append(' ').append(s).append(','));
    text.setLength(text.length() - 1);
    return text.toString();
  }

  /** The statuses drawn; the rare ones share "other". */
  private static String group(String status) {
    return FILLS.containsKey(status) ? status : "other";
  }

  private static Map<String, String> fills() {
    Map<String, String> fills = new LinkedHashMap<>();
    fills.put("applied", "#1a7f37");
    fills.put("unchanged", "#8fbf9a");
    fills.put("applied_with_errors", "#d4860b");
    fills.put("held", "#7b3fa8");
    fills.put("rejected", "#c4162a");
    fills.put("failed", "#5a0a14");
    fills.put("other", "#8a94a3");
    return fills;
  }
}
