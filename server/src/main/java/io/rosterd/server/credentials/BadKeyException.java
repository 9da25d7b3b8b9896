package io.rosterd.server.credentials;

/** Text that is not an SSH public key rosterd accepts; the message says what was expected. */
public final class BadKeyException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public BadKeyException(String message) {
    super(message);
  }
}
