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

/** {@code rosterd credentials remove-key}: revokes one of a district's SSH keys. */
@Command(
    name = "remove-key",
    mixinStandardHelpOptions = true,
    description = {
      "Removes an SSH public key from a district's SFTP account, by its fingerprint as"
          + " 'rosterd credentials list' shows it (SHA256:...)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      " 0:done",
      " 2:no such district, or it has no such key",
      "64:bad usage",
      "69:the database could not be reached or started",
      "70:rosterd failed"
    })
public final class CredentialsRemoveKeyCommand implements Callable<Integer> {

  private static final String PREFIX = "SHA256:";

  @Spec private CommandSpec spec;
  @Mixin private StoreOptions store;

  @Parameters(index = "0", paramLabel = "ID", description = "The district's id.")
  private String id;

  @Parameters(
      index = "1",
      paramLabel = "FINGERPRINT",
      description =
          "The key's fingerprint, e.g. SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s.")
  private String fingerprint;

  @Mixin private FormatOption output;

  @Override
  public Integer call() throws IOException {
    DistrictCommand.require(spec, DistrictRules.idProblem(id));
    // ssh-keygen prints the prefix; people copying only the digest mean the same key
    String wanted =
        fingerprint.strip().startsWith(PREFIX) ? fingerprint.strip() : PREFIX + fingerprint.strip();
    return WithDatabase.run(
        spec,
        store,
        (database, out) -> {
          CredentialsCommand.account(database, id); // refuses an unknown district
          if (!new SftpAccountStore(database.jdbc()).removeKey(id, wanted)) {
            throw new Refusal(
                ExitCode.REFUSED,
                "district "
                    + id
                    + " has no key "
                    + wanted
                    + "; 'rosterd credentials list "
                    + id
                    + "' shows its keys");
          }
          SftpAccount account = CredentialsCommand.account(database, id);
          if (output.json()) {
            CredentialsJson.write(Map.of("removed", wanted), account, out);
          } else {
            CredentialsText.writeAccount(
                "Removed key " + wanted + " from district " + id + ".", account, out);
          }
          return ExitCode.OK;
        });
  }
}
