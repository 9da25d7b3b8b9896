package io.rosterd.server.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a fault inside rosterd into one line on stderr and exit status 70. People running a command
 * should see what went wrong, not a Java stack trace; the trace is logged at debug level for
 * whoever investigates ({@code JAVA_OPTS=-Drosterd.log.level=debug}).
 */
final class UnexpectedFailure implements IExecutionExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailure.class);

  @Override
  public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
    String name = command.getCommandSpec().qualifiedName();
    LOG.debug("{} failed", name, failure);
    command.getErr().println(line(name, failure));
    command.getErr().flush();
    return ExitCode.SOFTWARE;
  }

  /** The one line shown for {@code failure} in the command called {@code name}. */
  static String line(String name, Throwable failure) {
    return name
        + ": unexpected failure: "
        + describe(failure)
        + " (for details run with JAVA_OPTS=-Drosterd.log.level=debug)";
  }

  private static String describe(Throwable failure) {
    String message = failure.getMessage();
    String type = failure.getClass().getSimpleName();
    return message == null || message.isBlank() ? type : type + ": " + oneLine(message);
  }

  private static String oneLine(String message) {
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
