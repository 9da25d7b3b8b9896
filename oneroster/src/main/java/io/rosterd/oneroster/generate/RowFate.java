package io.rosterd.oneroster.generate;

/** What the validator will make of a generated row, which decides what rows referring to it get. */
enum RowFate {
  /** Accepted. */
  CLEAN,
  /** Skipped, but its sourcedId is known: rows referring to it are skipped in cascade. */
  SKIPPED,
  /** Skipped and its own sourcedId unusable (blank, duplicate, ragged row): never referred to. */
  GONE
}
