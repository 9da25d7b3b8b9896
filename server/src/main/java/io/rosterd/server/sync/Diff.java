package io.rosterd.server.sync;

/** Compares a row with the stored record of the same sourcedId. */
final class Diff {
  private Diff() {}

  /**
   * What the row does, given the stored state ({@link CurrentRoster#ABSENT} when new); null when a
   * delta deletion names a record that is not there (nothing to do, nothing to count).
   */
  static Action action(long state, long content, boolean deleted, boolean enabled) {
    boolean exists = state != CurrentRoster.ABSENT;
    boolean active = exists && (state & CurrentRoster.ACTIVE) != 0;
    if (deleted) {
      return active ? Action.REMOVED : null;
    }
    if (!exists) {
      return Action.ADDED;
    }
    if (!active) {
      return Action.RESTORED;
    }
    if (CurrentRoster.sameContent(state, content)) {
      return Action.UNCHANGED;
    }
    boolean wasEnabled = (state & CurrentRoster.ENABLED) != 0;
    return wasEnabled && !enabled ? Action.DISABLED : Action.UPDATED;
  }
}
