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

  /**
   * The command was refused: no such district (or run), or one with that id already exists. The
   * same status as {@link #UPLOAD_REFUSED}: the command could not use what it was given.
   */
  public static final int REFUSED = 2;

  /** The run would remove too much and is held until support approves or discards it. */
  public static final int HELD = 3;

  /** The command line was wrong ({@code EX_USAGE}). */
  public static final int USAGE = 64;

  /**
   * The database could not be reached or started ({@code EX_UNAVAILABLE}): fix the connection or
   * wait, then run the command again.
   */
  public static final int UNAVAILABLE = 69;

  /** An output file or folder could not be written ({@code EX_CANTCREAT}). */
  public static final int CANNOT_WRITE = 73;

  /** rosterd itself failed ({@code EX_SOFTWARE}). */
  public static final int SOFTWARE = 70;

  private ExitCode() {}
}
