package io.rosterd.server.store;

/**
 * The database could not be reached or started: a wrong URL or password, a server that is down, a
 * data directory another program holds. Usually fixed outside rosterd, then the command is re-run.
 */
public final class DatabaseUnavailableException extends StoreException {

  private static final long serialVersionUID = 1L;

  public DatabaseUnavailableException(String message, Throwable cause) {
    super(message, null, cause);
  }
}
