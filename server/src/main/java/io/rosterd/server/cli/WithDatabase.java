package io.rosterd.server.cli;

import io.rosterd.server.store.Database;
import io.rosterd.server.store.DatabaseUnavailableException;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a command's work on the open database, then closes it (stopping the bundled server if this
 * process started it). A refusal or an unreachable database ends in one line on stderr and its exit
 * status; anything else is a fault in rosterd, left to {@link UnexpectedFailure}.
 */
final class WithDatabase {

  /** A command's work: writes its result to {@code out}, returns the exit status. */
  interface Work {
    int run(Database database, PrintWriter out) throws IOException;
  }

  private WithDatabase() {}

  static int run(CommandSpec spec, StoreOptions store, Work work) throws IOException {
    store.check();
    PrintWriter out = spec.commandLine().getOut();
    try (Database database = store.open()) {
      return work.run(database, out);
    } catch (Refusal refusal) {
      return fail(spec, refusal.getMessage(), refusal.exitCode());
    } catch (DatabaseUnavailableException e) {
      String message = e.getCause() == null ? e.getMessage() : e.getMessage() + ": " + reason(e);
      return fail(spec, message, ExitCode.UNAVAILABLE);
    } finally {
      out.flush();
    }
  }

  private static int fail(CommandSpec spec, String message, int exitCode) {
    PrintWriter err = spec.commandLine().getErr();
    err.println(spec.qualifiedName() + ": " + message);
    err.flush();
    return exitCode;
  }

  /** PostgreSQL's own words when there are some (the innermost SQL error), else the cause's. */
  private static String reason(Throwable failure) {
    String reason = null;
    for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
      if (reason == null || cause instanceof SQLException) {
        reason = cause.getMessage();
      }
    }
    return reason == null ? "no details" : reason.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
