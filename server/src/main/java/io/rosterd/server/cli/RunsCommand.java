package io.rosterd.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rosterd runs}: the runs of the districts, their issues, and held runs' fate. */
@Command(
    name = "runs",
    mixinStandardHelpOptions = true,
    description = "Lists and shows runs, their issues; approves or discards held runs.",
    subcommands = {
      RunsListCommand.class,
      RunsShowCommand.class,
      RunsIssuesCommand.class,
      RunsApproveCommand.class,
      RunsDiscardCommand.class,
      RunsStartCommand.class
    },
    exitCodeOnInvalidInput = ExitCode.USAGE,
    exitCodeOnExecutionException = ExitCode.SOFTWARE)
public final class RunsCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "Missing a command: list, show, issues, approve or discard");
  }
}
