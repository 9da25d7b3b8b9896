package io.rosterd.server.cli;

import io.rosterd.server.district.District;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.report.RunJson;
import io.rosterd.server.report.RunText;
import io.rosterd.server.store.Database;
import io.rosterd.server.sync.RunConflict;
import io.rosterd.server.sync.RunOutcome;
import io.rosterd.server.sync.RunRow;
import io.rosterd.server.sync.Runs;
import io.rosterd.server.sync.SyncException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.Supplier;

/** What the commands that run the pipeline share: finding the district, printing, exit status. */
final class RunReports {
  private RunReports() {}

  static District district(Database database, String id) {
    return new DistrictStore(database.jdbc()).find(id).orElseThrow(() -> Refusal.noDistrict(id));
  }

  /** The run with this id, or a refusal that says how to find the runs there are. */
  static RunRow run(Database database, long id) {
    return new Runs(database.dataSource())
        .find(id)
        .orElseThrow(
            () ->
                new Refusal(
                    ExitCode.REFUSED,
                    "no run " + id + "; 'rosterd runs list' shows the runs there are"));
  }

  /** Runs {@code work}, prints its outcome, returns the exit status the outcome means. */
  static int print(Supplier<RunOutcome> work, OutputFormat format, PrintWriter out)
      throws IOException {
    RunOutcome outcome;
    try {
      outcome = work.get();
    } catch (RunConflict e) {
      throw new Refusal(ExitCode.REFUSED, e.getMessage());
    } catch (SyncException e) {
      throw new Refusal(ExitCode.SOFTWARE, e.getMessage());
    }
    if (format == OutputFormat.JSON) {
      RunJson.write(outcome, out);
    } else {
      RunText.write(outcome, out);
    }
    return exitCode(outcome);
  }

  static int exitCode(RunOutcome outcome) {
    return switch (outcome.status()) {
      case APPLIED, UNCHANGED, DRY_RUN -> ExitCode.OK;
      case APPLIED_WITH_ERRORS -> ExitCode.ROWS_REJECTED;
      case HELD -> ExitCode.HELD;
      case REJECTED -> ExitCode.UPLOAD_REFUSED;
      default -> ExitCode.SOFTWARE;
    };
  }
}
