package io.rosterd.server.sync;

import io.rosterd.oneroster.Issue;
import io.rosterd.oneroster.IssueCode;
import io.rosterd.oneroster.IssueCounts;
import io.rosterd.oneroster.ReadOptions;
import io.rosterd.oneroster.UploadResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Every issue of a run: those of reading the files, then those the cross-checks add. Listed one by
 * one up to the same cap as reading and counted in full; past the cap, one {@code issues.truncated}
 * note at the end says how many more there were, as reading alone would.
 */
final class RunIssues {
  private final List<Issue> listed;
  private long errors;
  private long warnings;
  private long infos;
  private long unlisted;

  RunIssues(UploadResult read) {
    this.listed = new ArrayList<>();
    for (Issue issue : read.issues()) {
      if (issue.code() != IssueCode.ISSUES_TRUNCATED) {
        listed.add(issue);
      }
    }
    boolean truncated = listed.size() < read.issues().size();
    IssueCounts counts = read.counts();
    this.errors = counts.errors();
    this.warnings = counts.warnings();
    this.infos = counts.infos() - (truncated ? 1 : 0);
    // Reading counts every issue it found, so whatever it counted but did not list was cut off.
    this.unlisted = errors + warnings + infos - listed.size();
  }

  void add(Issue issue) {
    switch (issue.severity()) {
      case ERROR -> errors++;
      case WARNING -> warnings++;
      case INFO -> infos++;
    }
    if (listed.size() < ReadOptions.DEFAULT_MAX_ISSUES) {
      listed.add(issue);
    } else {
      unlisted++;
    }
  }

  List<Issue> listed() {
    if (unlisted == 0) {
      return listed;
    }
    List<Issue> all = new ArrayList<>(listed);
    all.add(Issue.truncated(unlisted));
    return all;
  }

  IssueCounts counts() {
    return new IssueCounts(errors, warnings, infos + (unlisted == 0 ? 0 : 1));
  }
}
