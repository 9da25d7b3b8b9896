package io.rosterd.server.cli;

import io.rosterd.server.credentials.IssuedPassword;
import io.rosterd.server.credentials.SftpAccount;
import io.rosterd.server.credentials.SftpAccountStore;
import io.rosterd.server.district.DistrictRules;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rosterd credentials rotate}: a new SFTP password; the old one stops working. */
@Command(
    name = "rotate",
    mixinStandardHelpOptions = true,
    description = {
      "Issues a new SFTP password for a district and prints it once; the old password stops"
          + " working at once, and a lockout is lifted. SSH keys are kept."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      " 0:done",
      " 2:no such district",
      "64:bad usage",
      "69:the database could not be reached or started",
      "70:rosterd failed"
    })
public final class CredentialsRotateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private StoreOptions store;

  @Parameters(paramLabel = "ID", description = "The district's id.")
  private String id;

  @Mixin private FormatOption output;

  @Override
  public Integer call() throws IOException {
    DistrictCommand.require(spec, DistrictRules.idProblem(id));
    IssuedPassword issued = IssuedPassword.generate(); // hashed before any transaction
    return WithDatabase.run(
        spec,
        store,
        (database, out) -> {
          if (!new SftpAccountStore(database.jdbc()).setPassword(id, issued.hash())) {
            throw Refusal.noDistrict(id);
          }
          SftpAccount account = CredentialsCommand.account(database, id);
          if (output.json()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("sftpUsername", account.username());
            fields.put("sftpPassword", issued.password());
            CredentialsJson.write(fields, account, out);
          } else {
            out.println(
                "Issued a new SFTP password for district " + id + "; the old one no longer works.");
            CredentialsText.writeIssued(id, account.username(), issued.password(), out);
          }
          return ExitCode.OK;
        });
  }
}
