package io.rosterd.server.web;

import io.rosterd.oneroster.Issue;
import io.rosterd.server.sync.RunRow;
import io.rosterd.server.sync.RunStatus;
import java.util.List;

/**
 * What the run page shows.
 *
 * @param claimed whether some process holds the district's claim now (so a running run is really
 *     going on)
 */
public record RunView(
    RunRow run,
    String districtName,
    List<FileLine> files,
    CountsChart chart,
    IssueQuery query,
    long matching,
    List<Issue> issues,
    List<String> codes,
    List<String> issueFiles,
    List<ChangeLine> changes,
    String notice,
    boolean claimed) {
  public static final int CHANGES_SHOWN = RunFacts.CHANGES_SHOWN;

  /** One file the run took or ignored. */
  public record FileLine(
      String name,
      String kind,
      String mode,
      long size,
      long rows,
      long accepted,
      long skipped,
      String status,
      String note) {}

  /** One record the run changed. */
  public record ChangeLine(String kind, String sourcedId, String action, String fields) {}

  public boolean held() {
    return run.status() == RunStatus.HELD;
  }

  /** Still going on: the page reloads itself every {@link #RELOAD_SECONDS} until it finishes. */
  public boolean running() {
    return run.status() == RunStatus.RUNNING && claimed;
  }

  /** Shown as running, but no process is carrying it out: a stopped rosterd left it. */
  public boolean leftUnfinished() {
    return run.status() == RunStatus.RUNNING && !claimed;
  }

  public static final int RELOAD_SECONDS = 5;

  public int pages() {
    return (int) Math.max(1, (matching + IssueQuery.PAGE_SIZE - 1) / IssueQuery.PAGE_SIZE);
  }

  public String started() {
    return Times.text(run.createdAt());
  }

  public String finished() {
    return Times.text(run.finishedAt());
  }
}
