package io.rosterd.server.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The overview's table after the visitor's filter and sort, from plain query parameters so it works
 * without JavaScript and a view can be bookmarked or sent to a colleague.
 *
 * @param q text to find in a district's id or name
 * @param status a last-run status, "held" for districts with a held run waiting, or blank
 */
public record Overview(List<DistrictLine> lines, String q, String status, String sort, String dir) {

  private static final Map<String, Comparator<DistrictLine>> SORTS =
      Map.of(
          "id", by(DistrictLine::id),
          "name", by(l -> l.name().toLowerCase(Locale.ROOT)),
          "status", by(DistrictLine::lastStatus),
          "last", by(DistrictLine::lastRunAt),
          "next", by(DistrictLine::nextRunAt),
          "held", by(DistrictLine::heldRun),
          "errors", by(DistrictLine::lastErrors),
          "paused", by(DistrictLine::paused),
          // never succeeded is the longest wait of all, so it leads the most-days-first order
          "days", by(l -> l.daysSinceSuccess() == null ? Long.MAX_VALUE : l.daysSinceSuccess()));

  static Overview of(List<DistrictLine> all, String q, String status, String sort, String dir) {
    String key = sort != null && SORTS.containsKey(sort) ? sort : "id";
    boolean desc = "desc".equals(dir);
    Comparator<DistrictLine> order = SORTS.get(key);
    List<DistrictLine> lines =
        all.stream()
            .filter(l -> matches(l, q, status))
            .sorted(desc ? order.reversed() : order)
            .toList();
    return new Overview(
        lines, q == null ? "" : q, status == null ? "" : status, key, desc ? "desc" : "asc");
  }

  private static boolean matches(DistrictLine line, String q, String status) {
    if (q != null && !q.isBlank()) {
      String needle = q.strip().toLowerCase(Locale.ROOT);
      if (!line.id().contains(needle) && !line.name().toLowerCase(Locale.ROOT).contains(needle)) {
        return false;
      }
    }
    if (status == null || status.isBlank()) {
      return true;
    }
    if (status.equals("held")) {
      return line.heldRun() != null;
    }
    if (status.equals("paused")) {
      return line.paused();
    }
    return status.equals(line.lastStatus());
  }

  /** The link a column heading sorts by: the other direction when already sorted by it. */
  public String sortLink(String column) {
    String next = column.equals(sort) && dir.equals("asc") ? "desc" : "asc";
    return "/?sort="
        + column
        + "&dir="
        + next
        + "&q="
        + Links.encode(q)
        + "&status="
        + Links.encode(status);
  }

  /** aria-sort for a column heading, so a screen reader says how the table is ordered. */
  public String ariaSort(String column) {
    return column.equals(sort) ? (dir.equals("asc") ? "ascending" : "descending") : "none";
  }

  public String arrow(String column) {
    return column.equals(sort) ? (dir.equals("asc") ? " ▲" : " ▼") : "";
  }

  private static <T extends Comparable<? super T>> Comparator<DistrictLine> by(
      Function<DistrictLine, T> key) {
    return Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()));
  }
}
