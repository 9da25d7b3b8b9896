package io.rosterd.server.cli;

import io.rosterd.server.credentials.SftpAccount;
import io.rosterd.server.credentials.SftpAccountStore;
import io.rosterd.server.district.DistrictRules;
import java.io.IOException;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** What {@code credentials enable} and {@code credentials disable} share: the switch itself. */
final class AccountSwitch {
  private AccountSwitch() {}

  static int set(
      CommandSpec spec,
      StoreOptions store,
      FormatOption output,
      String id,
      boolean enabled,
      String done)
      throws IOException {
    DistrictCommand.require(spec, DistrictRules.idProblem(id));
    return WithDatabase.run(
        spec,
        store,
        (database, out) -> {
          if (!new SftpAccountStore(database.jdbc()).setEnabled(id, enabled)) {
            throw Refusal.noDistrict(id);
          }
          SftpAccount account = CredentialsCommand.account(database, id);
          if (output.json()) {
            CredentialsJson.write(Map.of(), account, out);
          } else {
            CredentialsText.writeAccount(done, account, out);
          }
          return ExitCode.OK;
        });
  }
}
