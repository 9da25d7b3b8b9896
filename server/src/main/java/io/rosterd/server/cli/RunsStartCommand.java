package io.rosterd.server.cli;

import io.rosterd.server.district.District;
import io.rosterd.server.district.DistrictRules;
import io.rosterd.server.report.LeftFile;
import io.rosterd.server.schedule.Attempt;
import io.rosterd.server.schedule.DistrictRunner;
import io.rosterd.server.store.Database;
import io.rosterd.server.sync.DistrictClaim;
import io.rosterd.server.sync.RunPipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rosterd runs start}: runs a district's drop box now, without its quiet period. */
@Command(
    name = "start",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a district's drop box now, as 'rosterd serve' does on its schedule but without"
          + " waiting for the quiet period: its finished uploads are taken (a file still being"
          + " written never is), and the reports go to its SFTP reports/ folder. Works while"
          + " 'rosterd serve' runs; waits for a run of the district that is going on."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      " 0:applied, unchanged, or nothing to run",
      " 1:applied; rows with errors were skipped",
      " 2:the upload was refused (nothing applied), no such district, or it is paused",
      " 3:held: it would remove too much; approve or discard it with 'rosterd runs'",
      "64:bad usage",
      "69:the database could not be reached or started",
      "70:the run failed, or rosterd failed"
    })
public final class RunsStartCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private StoreOptions store;

  @Option(names = "--district", required = true, paramLabel = "ID", description = "The district.")
  private String district;

  @Mixin private FormatOption output;

  @Override
  public Integer call() throws IOException {
    DistrictCommand.require(spec, DistrictRules.idProblem(district));
    return WithDatabase.run(
        spec,
        store,
        (database, out) -> {
          District found = RunReports.district(database, district);
          if (found.paused()) {
            throw new Refusal(
                ExitCode.REFUSED,
                "district '"
                    + district
                    + "' is paused, so it runs nothing; unpause it with 'rosterd district set "
                    + district
                    + " --paused false'");
          }
          Attempt attempt = attempt(database, found);
          if (attempt.ran()) {
            return RunReports.print(attempt::run, output.format(), out);
          }
          return nothingToRun(attempt, out);
        });
  }

  private Attempt attempt(Database database, District found) {
    DistrictRunner runner = CommandLineRunner.of(database, store.dataDir());
    RunPipeline pipeline = new RunPipeline(database.dataSource(), store.dataDir());
    try (DistrictClaim claim = pipeline.claim(found.id())) {
      return runner.attempt(claim, found, null);
    } catch (io.rosterd.server.sync.RunConflict e) {
      throw new Refusal(ExitCode.REFUSED, e.getMessage());
    } catch (io.rosterd.server.sync.SyncException e) {
      throw new Refusal(ExitCode.SOFTWARE, e.getMessage());
    }
  }

  private int nothingToRun(Attempt attempt, PrintWriter out) throws IOException {
    if (output.format() == OutputFormat.JSON) {
      java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
      json.put("district", district);
      json.put("status", "nothing_to_run");
      json.put("left", attempt.left());
      JsonOut.write(json, out);
      return ExitCode.OK;
    }
    out.println("nothing to run: " + attempt.whyNothingRan("'" + district + "'"));
    for (LeftFile file : attempt.left()) {
      out.println("  left: " + file.name() + " — " + file.reason());
    }
    return ExitCode.OK;
  }
}
