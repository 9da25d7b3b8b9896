package io.rosterd.server.intake;

/**
 * An upload handed over whole that the drop box refuses, with the reason to show the sender.
 * Nothing of a refused request is kept.
 */
public final class UploadRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why: a name a run would never take, or a limit the files would pass. */
  public enum Reason {
    NAME,
    FILE_SIZE_LIMIT,
    QUOTA
  }

  private final Reason reason;

  UploadRefusedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
