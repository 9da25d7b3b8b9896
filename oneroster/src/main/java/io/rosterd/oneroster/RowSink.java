package io.rosterd.oneroster;

/**
 * Receives every accepted row, in file order: all orgs, then users, then roles. A row handed over
 * is final: later rows never take it back. Rows of a rejected upload may have been handed over
 * before the rejection was found; the receiver must discard them when the result is rejected.
 */
public interface RowSink {
  RowSink NONE = new RowSink() {};

  default void org(OrgRow row) {}

  default void user(UserRow row) {}

  default void role(RoleRow row) {}

  /**
   * A row of {@code file} that names {@code sourcedId} but was skipped for an error. The record is
   * in the file, so a bulk file does not leave it out: whatever the roster holds for it stays as it
   * is until a later upload fixes the row.
   */
  default void skipped(FileKind file, String sourcedId) {}
}
