package io.rosterd.server.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rosterd district}: the districts rosterd imports for, and their settings. */
@Command(
    name = "district",
    mixinStandardHelpOptions = true,
    description = "Creates, lists, shows and changes districts.",
    subcommands = {
      DistrictCreateCommand.class,
      DistrictListCommand.class,
      DistrictShowCommand.class,
      DistrictSetCommand.class
    },
    exitCodeOnInvalidInput = ExitCode.USAGE,
    exitCodeOnExecutionException = ExitCode.SOFTWARE)
public final class DistrictCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  /** Bare {@code rosterd district}: which one is missing. */
  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "Missing a command: create, list, show or set");
  }

  /** A wrong value is a usage error: its message, the synopsis, exit 64. */
  static void require(CommandSpec spec, Optional<String> problem) {
    if (problem.isPresent()) {
      throw new ParameterException(spec.commandLine(), problem.get());
    }
  }
}
