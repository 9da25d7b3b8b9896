package io.rosterd.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.oneroster.FileReport;
import io.rosterd.oneroster.Issue;
import io.rosterd.oneroster.IssueCode;
import io.rosterd.oneroster.IssueCounts;
import io.rosterd.oneroster.Mode;
import io.rosterd.server.sync.PlanCounts;
import io.rosterd.server.sync.RunOutcome;
import io.rosterd.server.sync.RunStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary a district reads in its reports/ folder. */
final class RunSummaryTextTest {

  @Test
  void whenTheIssueListWasCutOffTheCountsByCodeSaySoAndHowManyMoreThereWere() {
    List<Issue> issues = new ArrayList<>();
    for (int line = 2; line < 12; line++) {
      issues.add(
          Issue.of(
              IssueCode.REF_UNKNOWN_ORG,
              "users.csv",
              line,
              "u" + line,
              "primaryOrgSourcedId",
              "x"));
    }
    issues.add(Issue.truncated(639_728));
    RunOutcome run =
        new RunOutcome(
            7L,
            "maple",
            RunStatus.APPLIED_WITH_ERRORS,
            new PlanCounts(),
            List.of(),
            issues,
            new IssueCounts(639_738, 0, 1),
            "applied, but rows with errors were skipped");
    StringWriter text = new StringWriter();

    RunSummaryText.write(
        run, List.of(), List.of(), Instant.EPOCH, "issues.csv", new PrintWriter(text));

    assertThat(text.toString())
        .contains("ref.unknown_org × 10")
        .contains("the counts by code above are of the issues listed")
        .contains("639,728 more issues were found but are not listed");
  }

  @Test
  void theReasonAFileWasRefusedLeadsTheIssuesWhateverTheCountsAndNamesItsFileOnce() {
    List<Issue> issues = new ArrayList<>();
    for (int line = 2; line < 40; line++) {
      issues.add(
          Issue.of(
              IssueCode.ROW_DUPLICATE_SOURCED_ID, "users.csv", line, "u1", "sourcedId", "again"));
    }
    issues.add(
        Issue.ofFile(
            IssueCode.ZIP_TOO_LARGE, "users.csv", "users.csv inflates to more than 200 times"));
    RunOutcome run =
        new RunOutcome(
            8L,
            "maple",
            RunStatus.REJECTED,
            new PlanCounts(),
            List.of(),
            issues,
            new IssueCounts(39, 0, 0),
            "rejected");
    StringWriter text = new StringWriter();

    RunSummaryText.write(
        run, List.of(), List.of(), Instant.EPOCH, "issues.csv", new PrintWriter(text));

    String summary = text.toString();
    assertThat(summary.indexOf("zip.too_large")).isPositive();
    assertThat(summary.indexOf("zip.too_large"))
        .isLessThan(summary.indexOf("row.duplicate_sourced_id"));
    assertThat(summary).contains("e.g. users.csv inflates").doesNotContain("users.csv users.csv");
  }

  @Test
  void manyIgnoredFilesAreCountedAfterTheFirstTwentyAndAStatusIsNotSaidTwice() {
    List<FileReport> files = new ArrayList<>();
    files.add(new FileReport("users.csv", "users", Mode.BULK, 3, 3, 0, FileReport.READ, ""));
    for (int i = 1; i <= 2000; i++) {
      files.add(FileReport.ignored("stray-" + i + ".txt", "\"stray-" + i + ".txt\" was ignored."));
    }
    RunOutcome run =
        new RunOutcome(
            9L,
            "maple",
            RunStatus.APPLIED,
            new PlanCounts(),
            files,
            List.of(),
            new IssueCounts(0, 0, 2000),
            "applied");
    StringWriter text = new StringWriter();

    RunSummaryText.write(
        run, List.of(), List.of(), Instant.EPOCH, "issues.csv", new PrintWriter(text));

    String summary = text.toString();
    assertThat(summary).contains("status: applied\n").doesNotContain("applied — applied");
    assertThat(summary)
        .contains("users.csv")
        .contains("stray-20.txt")
        .doesNotContain("stray-21.txt");
    assertThat(summary).contains("… and 1,980 more ignored files");
    assertThat(summary.lines().count()).isLessThan(60);
  }
}
