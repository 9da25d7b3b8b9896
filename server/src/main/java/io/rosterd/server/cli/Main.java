package io.rosterd.server.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code rosterd} command: the entry point of the runnable jar. */
@Command(
    name = "rosterd",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Imports OneRoster 1.2 CSV files from school districts.",
    subcommands = {
      ValidateCommand.class,
      GenerateCommand.class,
      DistrictCommand.class,
      CredentialsCommand.class,
      ImportCommand.class,
      RunsCommand.class,
      SftpCommand.class,
      ServeCommand.class,
      TokensCommand.class,
      UsersCommand.class,
      HelpCommand.class
    },
    exitCodeOnInvalidInput = ExitCode.USAGE,
    exitCodeOnExecutionException = ExitCode.SOFTWARE)
public final class Main implements Callable<Integer> {

  @Spec private CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out = utf8(System.out);
    PrintWriter err = utf8(System.err);
    int status;
    try {
      status = execute(out, err, args);
    } catch (Error fatal) { // picocli lets Errors through; out of memory still gets one line
      err.println(UnexpectedFailure.line("rosterd", fatal));
      status = ExitCode.SOFTWARE;
    }
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** The command line, writing to {@code out} and {@code err}: what {@code main} and tests run. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return new CommandLine(new Main())
        // "'abc' is not an int" names a Java type; people read "a whole number"
        .registerConverter(Integer.class, Main::wholeNumber)
        .registerConverter(Integer.TYPE, Main::wholeNumber)
        .registerConverter(Long.class, Main::longWholeNumber)
        .registerConverter(Long.TYPE, Main::longWholeNumber)
        .setOut(out)
        .setErr(err)
        .setParameterExceptionHandler(new UsageError())
        .setExecutionExceptionHandler(new UnexpectedFailure());
  }

  private static Integer wholeNumber(String text) {
    long value = longWholeNumber(text);
    if (value != (int) value) {
      throw new picocli.CommandLine.TypeConversionException("'" + text + "' is too large");
    }
    return (int) value;
  }

  private static Long longWholeNumber(String text) {
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new picocli.CommandLine.TypeConversionException("'" + text + "' is not a whole number");
    }
  }

  /**
   * Runs {@code args} as {@code main} does, printing to {@code out} and {@code err}; {@code serve}
   * first takes the defaults of its config file, when one is named.
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = commandLine(out, err);
    if (args.length > 0 && args[0].equals("serve")) {
      CommandLine serve = commandLine.getSubcommands().get("serve");
      var file = ConfigFile.named(java.util.List.of(args), System.getenv());
      try {
        file.ifPresent(
            f ->
                serve.setDefaultValueProvider(
                    ConfigFile.load(f, serve.getCommandSpec(), System.getenv())));
      } catch (IllegalArgumentException e) {
        err.println("rosterd serve: " + e.getMessage());
        err.flush();
        return ExitCode.USAGE;
      }
    }
    return commandLine.execute(args);
  }

  /** Bare {@code rosterd}: a command is missing, which is a usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "Missing a command: try 'rosterd validate PATH' or 'rosterd --help'");
  }

  // Written as UTF-8 whatever the locale: Java 17 falls back to ASCII under a bare POSIX locale,
  // which would turn the report's punctuation and districts' names into '?'. Not flushed per line:
  // a report may have 100,000 lines; the commands and main flush when done.
  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
  }
}
