package io.rosterd.server.intake;

/**
 * An upload handed over whole that the drop box refuses, with the reason to show the sender.
 * Nothing of a refused request is kept.
 */
public final class UploadRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Why: a name a run would never take, a limit the files would pass, or a file of that name being
   * uploaded at this moment by another connection.
   */
  public enum Reason {
    NAME(400),
    FILE_SIZE_LIMIT(413),
    QUOTA(413),
    BUSY(409);

    private final int httpStatus;

    Reason(int httpStatus) {
      this.httpStatus = httpStatus;
    }

    /** The HTTP status an HTTPS upload refused for this reason answers with. */
    public int httpStatus() {
      return httpStatus;
    }
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
