package io.rosterd.server.sync;

/**
 * A run cannot be carried out or decided now because of where the district or the run stands:
 * another run of the district is going on, or the run is no longer held. Nothing was changed, and
 * asking again later may succeed; unlike {@link SyncException}, nothing went wrong.
 */
public final class RunConflict extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RunConflict(String message) {
    super(message);
  }
}
