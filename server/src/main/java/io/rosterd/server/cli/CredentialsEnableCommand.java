package io.rosterd.server.cli;

import io.rosterd.server.credentials.SftpAccount;
import io.rosterd.server.credentials.SftpAccountStore;
import io.rosterd.server.district.DistrictRules;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rosterd credentials enable}: enables a district's SFTP logins. */
@Command(
    name = "enable",
    mixinStandardHelpOptions = true,
    description = {
      "Lets a disabled district log in to SFTP again, and lifts a lockout after failed logins."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      " 0:done",
      " 2:no such district",
      "64:bad usage",
      "69:the database could not be reached or started",
      "70:rosterd failed"
    })
public final class CredentialsEnableCommand implements Callable<Integer> {

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
          if (!new SftpAccountStore(database.jdbc()).setEnabled(id, true)) {
            throw Refusal.noDistrict(id);
          }
          SftpAccount account = CredentialsCommand.account(database, id);
          if (output.json()) {
            CredentialsJson.write(Map.of(), account, out);
          } else {
            CredentialsText.writeAccount(
                "Enabled SFTP logins of district " + id + ".", account, out);
          }
          return ExitCode.OK;
        });
  }
}
