package io.rosterd.server.cli;

import io.rosterd.server.district.District;
import io.rosterd.server.district.DistrictRules;
import io.rosterd.server.intake.LocalDropBox;
import io.rosterd.server.notify.Notifications;
import io.rosterd.server.schedule.DistrictReports;
import io.rosterd.server.serve.ServeConfig;
import io.rosterd.server.store.Database;
import io.rosterd.server.sync.RunOutcome;
import io.rosterd.server.sync.RunPipeline;
import io.rosterd.server.sync.RunSource;
import io.rosterd.server.sync.Runs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rosterd import}: runs the sync pipeline now on a district's files. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports a district's files now: checks them, plans the changes against the district's"
          + " roster, and applies them in one transaction (or holds a run that would remove too"
          + " much). The files are first copied into the run's archive."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      " 0:applied, unchanged, or a dry run",
      " 1:applied; rows with errors were skipped",
      " 2:the upload was refused (nothing applied), or no such district",
      " 3:held: it would remove too much; approve or discard it with 'rosterd runs'",
      "64:bad usage",
      "69:the database could not be reached or started",
      "70:the run failed, or rosterd failed"
    })
public final class ImportCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private StoreOptions store;

  @Option(names = "--district", required = true, paramLabel = "ID", description = "The district.")
  private String district;

  @Parameters(paramLabel = "PATH", description = "A folder or a .zip with the OneRoster files.")
  private Path path;

  @Option(names = "--dry-run", description = "Plan and report only: record and change nothing.")
  private boolean dryRun;

  @Mixin private FormatOption output;

  /**
   * A recorded import is reported to the district as any run is: its summary and issues in the
   * district's SFTP {@code reports/} (so {@code latest-summary.txt} stays the latest run), and an
   * email to its contacts when it was held, rejected or had errors.
   */
  private RunOutcome reported(Database database, RunOutcome outcome) {
    if (outcome.run() != null) {
      Notifications.forCommandLine(database.jdbc(), Clock.systemUTC())
          .runs()
          .finished(outcome, Duration.ZERO);
      int reportsKept =
          ServeConfig.forCommandLine(store.dataDir(), database.jdbc()).schedule().reportsKept();
      new DistrictReports(new LocalDropBox(store.dataDir()), Clock.systemUTC(), reportsKept)
          .write(outcome, List.of(), List.of());
    }
    return outcome;
  }

  @Override
  public Integer call() throws IOException {
    DistrictCommand.require(spec, DistrictRules.idProblem(district));
    if (!Files.exists(path)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "PATH " + path + " does not exist; give a folder or a .zip");
    }
    return WithDatabase.run(
        spec,
        store,
        (database, out) -> {
          District found = RunReports.district(database, district);
          if (found.paused() && !dryRun) {
            throw new Refusal(
                ExitCode.REFUSED,
                "district '"
                    + district
                    + "' is paused, so it runs nothing; unpause it with 'rosterd district set "
                    + district
                    + " --paused false', or use --dry-run to see the plan");
          }
          RunPipeline pipeline = new RunPipeline(database.dataSource(), store.dataDir());
          return RunReports.print(
              () ->
                  reported(
                      database,
                      pipeline.run(Runs.settingsOf(found), path, RunSource.IMPORT, dryRun)),
              output.format(),
              out);
        });
  }
}
