package io.rosterd.server.cli;

import io.rosterd.server.sync.RunRow;
import io.rosterd.server.sync.Runs;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rosterd runs show}: one run, as {@code rosterd import} reported it. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Shows a run: status, counts and issues (the same JSON as import).")
public final class RunsShowCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private StoreOptions store;

  @Parameters(paramLabel = "RUN", description = "The run's id.")
  private long run;

  @Mixin private FormatOption output;

  @Override
  public Integer call() throws IOException {
    return WithDatabase.run(
        spec,
        store,
        (database, out) -> {
          Runs runs = new Runs(database.dataSource());
          RunRow row = RunReports.run(database, run);
          return RunReports.print(() -> runs.outcomeOf(row), output.format(), out);
        });
  }
}
