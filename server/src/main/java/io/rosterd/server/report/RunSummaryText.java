package io.rosterd.server.report;

import io.rosterd.oneroster.Issue;
import io.rosterd.oneroster.IssueCode;
import io.rosterd.server.sync.RunOutcome;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary a district finds in its {@code reports/} after a run: the verdict, the files taken
 * and left, the counts, and the most frequent issues with how to fix them. The issues CSV beside it
 * lists every issue.
 */
public final class RunSummaryText {
  private static final int TOP_ISSUES = 10;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private RunSummaryText() {}

  public static void write(
      RunOutcome run,
      List<String> taken,
      List<LeftFile> left,
      Instant at,
      String issuesFile,
      PrintWriter out) {
    out.println("rosterd run " + run.run() + " of district " + Printable.of(run.district()));
    out.println("finished: " + TIME.format(at));
    out.println("status: " + RunText.statusLine(run));
    out.println();
    writeFiles(run, taken, left, out);
    out.println();
    RunText.writeCounts(run.counts(), out);
    out.println();
    out.println("issues: " + UploadText.counts(run.issueCounts()));
    writeTopIssues(run.issues(), out);
    if (!run.issues().isEmpty()) {
      out.println();
      out.println("Every issue, with its file, line and sourcedId: " + issuesFile);
    }
    out.flush();
  }

  private static void writeFiles(
      RunOutcome run, List<String> taken, List<LeftFile> left, PrintWriter out) {
    out.println("files taken:");
    if (run.files().isEmpty()) {
      taken.forEach(name -> out.println("  " + Printable.of(name)));
    } else {
      FileTable.write(run.files(), out);
    }
    if (!left.isEmpty()) {
      out.println();
      out.println("files left in the drop box for a later run:");
      left.forEach(f -> out.println("  " + Printable.of(f.name()) + " — " + f.reason()));
    }
  }

  private static void writeTopIssues(List<Issue> issues, PrintWriter out) {
    Map<IssueCode, List<Issue>> byCode = new LinkedHashMap<>();
    for (Issue issue : issues) {
      byCode.computeIfAbsent(issue.code(), c -> new java.util.ArrayList<>()).add(issue);
    }
    byCode.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<IssueCode, List<Issue>> e) -> !e.getKey().rejects())
                .thenComparing(e -> e.getKey().severity())
                .thenComparing(e -> -e.getValue().size()))
        .limit(TOP_ISSUES)
        .forEach(e -> writeCode(e.getKey(), e.getValue(), out));
    issues.stream()
        .filter(issue -> issue.code() == IssueCode.ISSUES_TRUNCATED)
        .findFirst()
        .ifPresent(
            note ->
                out.println(
                    "  (the counts by code above are of the issues listed; "
                        + Printable.of(note.message())
                        + ")"));
  }

  private static void writeCode(IssueCode code, List<Issue> issues, PrintWriter out) {
    Issue first = issues.get(0);
    out.printf(
        "  %s %s × %d, e.g. %s%n",
        first.severity().label(), code.code(), issues.size(), Printable.of(example(first)));
  }

  /** The issue's description, led by its file unless it names the file first itself. */
  private static String example(Issue issue) {
    String description = UploadText.describe(issue);
    boolean named = issue.file().isEmpty() || description.startsWith(issue.file());
    return named ? description : issue.file() + " " + description;
  }
}
