package io.rosterd.server.cli;

import io.rosterd.oneroster.Issue;
import io.rosterd.server.report.IssueCsv;
import io.rosterd.server.report.RunJson;
import io.rosterd.server.sync.Runs;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rosterd runs issues}: every issue of a run, as CSV (formula-safe) or JSON. */
@Command(
    name = "issues",
    mixinStandardHelpOptions = true,
    description = "Lists every issue of a run: csv (safe to open in a spreadsheet) or json.")
public final class RunsIssuesCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private StoreOptions store;

  @Parameters(paramLabel = "RUN", description = "The run's id.")
  private long run;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "csv",
      description = "csv or json. Default: ${DEFAULT-VALUE}.")
  private String format;

  @Override
  public Integer call() throws IOException {
    boolean json = "json".equalsIgnoreCase(format.trim());
    if (!json && !"csv".equalsIgnoreCase(format.trim())) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "'" + format + "' is not a format; use csv or json");
    }
    return WithDatabase.run(
        spec,
        store,
        (database, out) -> {
          Runs runs = new Runs(database.dataSource());
          RunReports.run(database, run);
          List<Issue> issues = runs.issues(run);
          if (json) {
            RunJson.writeIssues(issues, out);
          } else {
            IssueCsv.write(issues, out);
          }
          return ExitCode.OK;
        });
  }
}
