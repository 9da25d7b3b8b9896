package io.rosterd.server.cli;

import io.rosterd.server.intake.HostKeys;
import io.rosterd.server.intake.SftpConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rosterd sftp}: the SFTP drop box. */
@Command(
    name = "sftp",
    mixinStandardHelpOptions = true,
    description = "The SFTP drop box districts upload to.",
    subcommands = {SftpCommand.HostKeysCommand.class},
    exitCodeOnInvalidInput = ExitCode.USAGE,
    exitCodeOnExecutionException = ExitCode.SOFTWARE)
public final class SftpCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing a command: host-keys");
  }

  /** {@code rosterd sftp host-keys}: what districts compare on their first connect. */
  @Command(
      name = "host-keys",
      mixinStandardHelpOptions = true,
      description =
          "Prints the SHA256 fingerprints of the SFTP host keys (made on first use), for"
              + " districts to check on their first connect.")
  static final class HostKeysCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Option(
        names = "--data-dir",
        paramLabel = "DIR",
        defaultValue = "${env:ROSTERD_DATA_DIR:-./data}",
        description = "rosterd's data folder, default ${DEFAULT-VALUE} (env ROSTERD_DATA_DIR).")
    private Path dataDir;

    @Override
    public Integer call() {
      for (String line : HostKeys.fingerprints(SftpConfig.hostKeyDir(dataDir))) {
        spec.commandLine().getOut().println(line);
      }
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    }
  }
}
