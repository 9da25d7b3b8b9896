package io.rosterd.server.cli;

import io.rosterd.server.credentials.SftpAccount;
import io.rosterd.server.credentials.SftpAccountStore;
import io.rosterd.server.district.DistrictRules;
import io.rosterd.server.intake.FailedLogins;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rosterd credentials unlock}: lifts a lockout after failed logins, at once. */
@Command(
    name = "unlock",
    mixinStandardHelpOptions = true,
    description = {
      "Lifts the lockout (or backoff) of a district's SFTP username after failed password logins,"
          + " and of the client addresses whose last failed login was as that username, and"
          + " forgets their failures. The password, keys and whether logins are enabled stay as"
          + " they are."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      " 0:done, also when nothing was locked",
      " 2:no such district",
      "64:bad usage",
      "69:the database could not be reached or started",
      "70:rosterd failed"
    })
public final class CredentialsUnlockCommand implements Callable<Integer> {

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
          Instant now = Instant.now();
          List<FailedLogins> lifted =
              new SftpAccountStore(database.jdbc())
                  .unlock(id).orElseThrow(() -> Refusal.noDistrict(id)).stream()
                      .filter(entry -> entry.lockedAt(now))
                      .toList();
          SftpAccount account = CredentialsCommand.account(database, id);
          if (output.json()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("unlocked", !lifted.isEmpty());
            CredentialsJson.write(fields, account, out);
          } else {
            CredentialsText.writeAccount(headline(lifted), account, out);
          }
          return ExitCode.OK;
        });
  }

  private String headline(List<FailedLogins> lifted) {
    if (lifted.isEmpty()) {
      return "District " + id + " was not locked out; its failed logins are forgotten.";
    }
    String what =
        lifted.stream().map(e -> e.kind() + " " + e.key()).collect(Collectors.joining(" and "));
    return "Lifted the SFTP lockout of district " + id + " (" + what + "); it can log in now.";
  }
}
