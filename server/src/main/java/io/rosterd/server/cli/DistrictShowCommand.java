package io.rosterd.server.cli;

import io.rosterd.server.district.District;
import io.rosterd.server.district.DistrictRules;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rosterd district show}: one district and its settings. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Shows a district and its settings.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      " 0:done",
      " 2:no such district",
      "64:bad usage",
      "69:the database could not be reached or started",
      "70:rosterd failed"
    })
public final class DistrictShowCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private StoreOptions store;

  @Parameters(paramLabel = "ID", description = "The district's id.")
  private String id;

  @Mixin private FormatOption output;

  @Override
  public Integer call() throws IOException {
    DistrictCommand.require(spec, DistrictRules.idProblem(id));
    return WithDatabase.run(
        spec,
        store,
        (database, out) -> {
          District district = RunReports.district(database, id);
          if (output.json()) {
            DistrictJson.writeOne(district, out);
          } else {
            DistrictText.writeOne("District " + district.id() + ".", district, out);
          }
          return ExitCode.OK;
        });
  }
}
