package io.rosterd.server.report;

import io.rosterd.server.sync.PlanCounts;
import io.rosterd.server.sync.RunOutcome;
import io.rosterd.server.sync.RunRow;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Writes runs for people: the verdict, a table of counts per kind, then the issues. */
public final class RunText {
  private static final String ROW = "%-6s %8s %8s %8s %8s %8s %9s %8s%n";

  private RunText() {}

  public static void write(RunOutcome run, PrintWriter out) {
    String id = run.run() == null ? "dry run" : "run " + run.run();
    out.println(id + " of district " + Printable.of(run.district()));
    out.println("status: " + statusLine(run));
    out.println();
    writeCounts(run.counts(), out);
    out.println();
    out.println(UploadText.counts(run.issueCounts()));
    UploadText.writeIssues(run.issues(), out);
    out.flush();
  }

  /** The status and the run's message, unless the message only says the status again. */
  static String statusLine(RunOutcome run) {
    String status = run.status().label();
    String message = run.message().strip();
    return message.isEmpty() || message.equals(status)
        ? status
        : status + " — " + Printable.of(message);
  }

  public static void writeCounts(PlanCounts counts, PrintWriter out) {
    out.printf(
        ROW, "", "added", "updated", "disabled", "removed", "restored", "unchanged", "skipped");
    for (Map.Entry<String, Map<String, Long>> kind : counts.asMap().entrySet()) {
      Map<String, Long> c = kind.getValue();
      out.printf(
          ROW,
          kind.getKey(),
          c.get("added"),
          c.get("updated"),
          c.get("disabled"),
          c.get("removed"),
          c.get("restored"),
          c.get("unchanged"),
          c.get("skipped"));
    }
  }

  /** One line per run, newest first. */
  public static void writeList(List<RunRow> runs, PrintWriter out) {
    if (runs.isEmpty()) {
      out.println("No runs yet.");
    }
    for (RunRow run : runs) {
      out.printf(
          "%-8d %-12s %-20s %-20s %5d errors  %s%n",
          run.id(),
          Printable.of(run.district()),
          run.status().label(),
          run.createdAt().toString().replaceFirst("\\.\\d+Z$", "Z"),
          run.errors(),
          Printable.of(run.message()));
    }
    out.flush();
  }
}
