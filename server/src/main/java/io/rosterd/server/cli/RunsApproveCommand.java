package io.rosterd.server.cli;

import io.rosterd.server.district.District;
import io.rosterd.server.schedule.DistrictRunner;
import io.rosterd.server.sync.DistrictClaim;
import io.rosterd.server.sync.RunPipeline;
import io.rosterd.server.sync.RunRow;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rosterd runs approve}: applies a held run from its archive, past the guard. */
@Command(
    name = "approve",
    mixinStandardHelpOptions = true,
    description = "Applies a held run (one that would remove too much) from its archived files.")
public final class RunsApproveCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private StoreOptions store;

  @Parameters(paramLabel = "RUN", description = "The held run's id.")
  private long run;

  @Mixin private FormatOption output;

  @Override
  public Integer call() throws IOException {
    return WithDatabase.run(
        spec,
        store,
        (database, out) -> {
          RunRow row = RunReports.run(database, run);
          if (row.status() != io.rosterd.server.sync.RunStatus.HELD) {
            throw new Refusal(
                ExitCode.REFUSED,
                "run " + run + " is " + row.status().label() + "; only a held run can be approved");
          }
          District district = RunReports.district(database, row.district());
          RunPipeline pipeline = new RunPipeline(database.dataSource(), store.dataDir());
          DistrictRunner runner = CommandLineRunner.of(database, store.dataDir());
          return RunReports.print(
              () -> {
                try (DistrictClaim claim = pipeline.claim(district.id())) {
                  return runner.approve(claim, district, run);
                }
              },
              output.format(),
              out);
        });
  }
}
