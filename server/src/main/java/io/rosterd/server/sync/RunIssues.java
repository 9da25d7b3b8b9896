package io.rosterd.server.sync;

import io.rosterd.oneroster.Issue;
import io.rosterd.oneroster.IssueCounts;
import io.rosterd.oneroster.ReadOptions;
import io.rosterd.oneroster.UploadResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Every issue of a run: those of reading the files, then those the cross-checks add. Listed one by
 * one up to the same cap as reading; counted in full.
 */
final class RunIssues {
  private final List<Issue> listed;
  private long errors;
  private long warnings;
  private long infos;

  RunIssues(UploadResult read) {
    this.listed = new ArrayList<>(read.issues());
    IssueCounts counts = read.counts();
    this.errors = counts.errors();
    this.warnings = counts.warnings();
    this.infos = counts.infos();
  }

  void add(Issue issue) {
    switch (issue.severity()) {
      case ERROR -> errors++;
      case WARNING -> warnings++;
      case INFO -> infos++;
    }
    if (listed.size() < ReadOptions.DEFAULT_MAX_ISSUES) {
      listed.add(issue);
    }
  }

  List<Issue> listed() {
    return listed;
  }

  IssueCounts counts() {
    return new IssueCounts(errors, warnings, infos);
  }
}
