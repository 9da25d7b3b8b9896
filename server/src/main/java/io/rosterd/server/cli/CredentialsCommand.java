package io.rosterd.server.cli;

import io.rosterd.server.credentials.SftpAccount;
import io.rosterd.server.credentials.SftpAccountStore;
import io.rosterd.server.store.Database;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rosterd credentials}: a district's SFTP login — its password and SSH keys. */
@Command(
    name = "credentials",
    mixinStandardHelpOptions = true,
    description =
        "Manages a district's SFTP credentials: rotates its password, adds and removes SSH"
            + " public keys, lists them, disables and enables logins, lifts a lockout.",
    subcommands = {
      CredentialsRotateCommand.class,
      CredentialsAddKeyCommand.class,
      CredentialsRemoveKeyCommand.class,
      CredentialsListCommand.class,
      CredentialsDisableCommand.class,
      CredentialsEnableCommand.class,
      CredentialsUnlockCommand.class
    },
    exitCodeOnInvalidInput = ExitCode.USAGE,
    exitCodeOnExecutionException = ExitCode.SOFTWARE)
public final class CredentialsCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  /** Bare {@code rosterd credentials}: which one is missing. */
  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "Missing a command: rotate, add-key, remove-key, list, disable, enable or unlock");
  }

  /** The district's account now, or the usual refusal when there is no such district. */
  static SftpAccount account(Database database, String id) {
    return new SftpAccountStore(database.jdbc())
        .find(id, Instant.now())
        .orElseThrow(() -> Refusal.noDistrict(id));
  }
}
