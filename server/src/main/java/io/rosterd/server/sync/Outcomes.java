package io.rosterd.server.sync;

import io.rosterd.oneroster.FileReport;
import io.rosterd.oneroster.UploadResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Records how a run ended, in the run's own transaction, and builds what is reported. */
final class Outcomes {
  private Outcomes() {}

  static RunOutcome rejected(
      Connection c, DistrictSettings district, Long run, UploadResult read, RunIssues issues)
      throws SQLException {
    PlanCounts nothing = new PlanCounts();
    String message = "the upload was refused; nothing was applied";
    return record(c, district, run, read, issues, nothing, RunStatus.REJECTED, message);
  }

  static RunOutcome dryRun(
      Connection c,
      DistrictSettings district,
      UploadResult read,
      RunIssues issues,
      PlanCounts counts,
      List<String> holdReasons)
      throws SQLException {
    String message =
        holdReasons.isEmpty()
            ? "dry run: nothing was applied; a real run would apply this plan"
            : "dry run: nothing was applied; a real run would be held for approval: "
                + String.join("; ", holdReasons);
    return record(c, district, null, read, issues, counts, RunStatus.DRY_RUN, message);
  }

  static RunOutcome held(
      Connection c,
      DistrictSettings district,
      long run,
      UploadResult read,
      RunIssues issues,
      PlanCounts counts,
      List<String> reasons)
      throws SQLException {
    String message =
        "held for approval: "
            + String.join("; ", reasons)
            + ". Nothing was applied; approve the run to apply it, or discard it.";
    return record(c, district, run, read, issues, counts, RunStatus.HELD, message);
  }

  static RunOutcome applied(
      Connection c,
      DistrictSettings district,
      long run,
      UploadResult read,
      RunIssues issues,
      PlanCounts counts,
      boolean approved)
      throws SQLException {
    boolean errors = issues.counts().errors() > 0;
    RunStatus status = errors ? RunStatus.APPLIED_WITH_ERRORS : RunStatus.APPLIED;
    String message =
        (approved ? "approved and applied" : "applied")
            + (errors ? "; rows with errors were skipped" : "");
    return record(c, district, run, read, issues, counts, status, message);
  }

  private static RunOutcome record(
      Connection c,
      DistrictSettings district,
      Long run,
      UploadResult read,
      RunIssues issues,
      PlanCounts counts,
      RunStatus status,
      String message)
      throws SQLException {
    List<FileReport> files = withCrossCheckSkips(read.files(), counts);
    if (run != null) {
      RunRecords.saveFiles(c, run, RunStore.files(c, run), files);
      RunRecords.saveIssues(c, run, issues.listed());
      RunStore.finish(c, run, status, counts, issues.counts(), message);
    }
    return new RunOutcome(
        run, district.id(), status, counts, files, issues.listed(), issues.counts(), message);
  }

  /**
   * The files as read, with the rows the cross-checks skipped (an email held elsewhere) counted as
   * skipped in their file too, so a file's figures and the run's counts agree.
   */
  private static List<FileReport> withCrossCheckSkips(List<FileReport> files, PlanCounts counts) {
    return files.stream().map(file -> withCrossCheckSkips(file, counts)).toList();
  }

  private static FileReport withCrossCheckSkips(FileReport file, PlanCounts counts) {
    Optional<Kind> kind = Kinds.ofFileKind(file.kind());
    if (kind.isEmpty() || !FileReport.READ.equals(file.status())) {
      return file;
    }
    long skipped = counts.of(kind.get()).skipped();
    if (skipped <= file.skipped()) {
      return file;
    }
    return new FileReport(
        file.name(),
        file.kind(),
        file.mode(),
        file.rows(),
        file.rows() - skipped,
        skipped,
        file.status(),
        file.note());
  }
}
