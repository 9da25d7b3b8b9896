package io.rosterd.server.credentials;

/**
 * A credential link that was used, replaced or has expired; the message says which and what next.
 */
public final class LinkGoneException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LinkGoneException(String message) {
    super(message);
  }
}
