package io.rosterd.server.cli;

import io.rosterd.server.sync.RunConflict;
import io.rosterd.server.sync.RunRow;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rosterd runs discard}: drops a held run; nothing of it is applied. */
@Command(
    name = "discard",
    mixinStandardHelpOptions = true,
    description = "Discards a held run: nothing of it is applied; its archived files stay.")
public final class RunsDiscardCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private StoreOptions store;

  @Parameters(paramLabel = "RUN", description = "The held run's id.")
  private long run;

  @Override
  public Integer call() throws IOException {
    return WithDatabase.run(
        spec,
        store,
        (database, out) -> {
          RunRow row = RunReports.run(database, run);
          try {
            CommandLineRunner.of(database, store.dataDir()).discard(row.district(), run);
          } catch (RunConflict e) {
            throw new Refusal(ExitCode.REFUSED, e.getMessage());
          }
          out.println("run " + run + " of district " + row.district() + " discarded");
          return ExitCode.OK;
        });
  }
}
