package io.rosterd.server.report;

import io.rosterd.oneroster.FileReport;
import io.rosterd.oneroster.Issue;
import io.rosterd.oneroster.IssueCounts;
import io.rosterd.oneroster.UploadResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an upload result for people: the verdict, one line per file, the counts, then the issues
 * grouped by file. Every value taken from the upload goes through {@link Printable} first.
 */
public final class UploadText {

  private static final String UPLOAD = "(upload)";

  private UploadText() {}

  public static void write(String title, UploadResult result, PrintWriter out) {
    out.println(Printable.of(title));
    out.println("status: " + result.status().label() + " — " + verdict(result));
    out.println();
    FileTable.write(result.files(), out);
    out.println();
    out.println(counts(result.counts()));
    writeIssues(result.issues(), out);
    out.flush();
  }

  /** The issues grouped by file, upload-wide ones first: shared by the run reports. */
  public static void writeIssues(List<Issue> issues, PrintWriter out) {
    byFile(issues).forEach((file, group) -> writeGroup(file, group, out));
  }

  private static String verdict(UploadResult result) {
    return switch (result.status()) {
      case OK -> "no errors; the files can be imported";
      case ERRORS -> skippedRows(result.files()) + " skipped; the other rows can be imported";
      case REJECTED -> "the upload is refused; nothing would be imported";
    };
  }

  private static String skippedRows(List<FileReport> files) {
    long skipped = files.stream().mapToLong(FileReport::skipped).sum();
    return plural(skipped, "row", "rows");
  }

  public static String counts(IssueCounts counts) {
    return plural(counts.errors(), "error", "errors")
        + ", "
        + plural(counts.warnings(), "warning", "warnings")
        + ", "
        + plural(counts.infos(), "info", "infos");
  }

  private static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** Upload-wide issues first, then each file's in the order they were found, by line. */
  private static Map<String, List<Issue>> byFile(List<Issue> issues) {
    Map<String, List<Issue>> groups = new LinkedHashMap<>();
    groups.put(UPLOAD, new ArrayList<>());
    for (Issue issue : issues) {
      String file = issue.file().isEmpty() ? UPLOAD : issue.file();
      groups.computeIfAbsent(file, f -> new ArrayList<>()).add(issue);
    }
    groups.values().removeIf(List::isEmpty);
    groups.values().forEach(group -> group.sort(Comparator.comparingLong(Issue::line)));
    return groups;
  }

  private static void writeGroup(String file, List<Issue> issues, PrintWriter out) {
    out.println();
    out.println(Printable.of(file));
    for (Issue issue : issues) {
      out.printf("  %-8s %s%n", issue.severity().label(), describe(issue));
    }
  }

  /** {@code line 17 · u-17 · email — message [code]}, leaving out what does not apply. */
  static String describe(Issue issue) {
    List<String> where = new ArrayList<>();
    if (issue.line() > 0) {
      where.add("line " + issue.line());
    }
    addIfPresent(where, issue.sourcedId());
    addIfPresent(where, issue.column());
    String place = where.isEmpty() ? "" : String.join(" · ", where) + " — ";
    return Printable.of(place + issue.message()) + "  [" + issue.code().code() + "]";
  }

  private static void addIfPresent(List<String> parts, String value) {
    if (!value.isEmpty()) {
      parts.add(value);
    }
  }
}
