package io.rosterd.server.cli;

/**
 * The exit statuses of every command. 64 and 70 follow BSD {@code sysexits.h}, so shell scripts and
 * schedulers can tell a mistake in the command from bad input and from a fault in rosterd.
 */
public final class ExitCode {

  /** Done; for validate: no errors (warnings allowed). */
  public static final int OK = 0;

  /** Some rows were rejected; the rest could be imported. */
  public static final int ROWS_REJECTED = 1;

  /** The upload was refused, or the input could not be used at all. */
  public static final int UPLOAD_REFUSED = 2;

  /** The command line was wrong ({@code EX_USAGE}). */
  public static final int USAGE = 64;

  /** An output file or folder could not be written ({@code EX_CANTCREAT}). */
  public static final int CANNOT_WRITE = 73;

  /** rosterd itself failed ({@code EX_SOFTWARE}). */
  public static final int SOFTWARE = 70;

  private ExitCode() {}
}
