package io.rosterd.server.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a mistake in the command line in three short lines — what is wrong, the synopsis, where
 * to read more — and exits 64 ({@code EX_USAGE}). The full help would bury the one line that
 * matters.
 */
final class UsageError implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException mistake, String[] args) {
    CommandLine command = mistake.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    PrintWriter err = command.getErr();
    err.println(name + ": " + mistake.getMessage());
    UnmatchedArgumentException.printSuggestions(mistake, err);
    err.print("Usage: " + command.getHelp().synopsis(0));
    err.println("Try '" + name + " --help' for more.");
    err.flush();
    return ExitCode.USAGE;
  }
}
