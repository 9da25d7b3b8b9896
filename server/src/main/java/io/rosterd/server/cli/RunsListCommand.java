package io.rosterd.server.cli;

import io.rosterd.server.district.DistrictRules;
import io.rosterd.server.report.RunJson;
import io.rosterd.server.report.RunText;
import io.rosterd.server.sync.RunRow;
import io.rosterd.server.sync.Runs;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rosterd runs list}: the newest runs first. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists runs, newest first.")
public final class RunsListCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private StoreOptions store;

  @Option(names = "--district", paramLabel = "ID", description = "Only this district's runs.")
  private String district;

  @Option(names = "--limit", defaultValue = "50", description = "At most this many runs.")
  private int limit;

  @Mixin private FormatOption output;

  @Override
  public Integer call() throws IOException {
    if (limit < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--limit must be 1 or more; found " + limit);
    }
    if (district != null) {
      DistrictCommand.require(spec, DistrictRules.idProblem(district));
    }
    return WithDatabase.run(
        spec,
        store,
        (database, out) -> {
          if (district != null) {
            RunReports.district(database, district); // refuses an unknown one, exit 2
          }
          List<RunRow> runs = new Runs(database.dataSource()).list(district, limit);
          if (output.json()) {
            RunJson.writeList(runs, out);
          } else {
            RunText.writeList(runs, out);
          }
          return ExitCode.OK;
        });
  }
}
