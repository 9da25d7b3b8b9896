package io.rosterd.server.cli;

import io.rosterd.server.district.District;
import io.rosterd.server.district.DistrictStore;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rosterd district list}: every district and its settings. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Lists every district with its settings.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      " 0:done",
      "64:bad usage",
      "69:the database could not be reached or started",
      "70:rosterd failed"
    })
public final class DistrictListCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private StoreOptions store;

  @Mixin private FormatOption output;

  @Override
  public Integer call() throws IOException {
    return WithDatabase.run(
        spec,
        store,
        (database, out) -> {
          List<District> districts = new DistrictStore(database.jdbc()).list();
          if (output.json()) {
            DistrictJson.writeList(districts, out);
          } else {
            DistrictText.writeList(districts, out);
          }
          return ExitCode.OK;
        });
  }
}
