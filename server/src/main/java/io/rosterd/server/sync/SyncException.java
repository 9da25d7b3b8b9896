package io.rosterd.server.sync;

/** A run could not be carried out for a reason outside the files: the database, the disk. */
public final class SyncException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SyncException(String message, Throwable cause) {
    super(message, cause);
  }

  public SyncException(String message) {
    super(message);
  }
}
