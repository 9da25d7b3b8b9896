package io.rosterd.oneroster.internal;

/** One row of orgs.csv, held until the whole parent tree is checked. */
final class OrgEntry {
  final long line;
  final String sourcedId;
  final String name;
  final String type;
  final String identifier;
  final String parent;
  final Lifecycle.Outcome outcome;
  boolean failed;

  OrgEntry(
      long line,
      String sourcedId,
      String name,
      String type,
      String identifier,
      String parent,
      Lifecycle.Outcome outcome) {
    this.line = line;
    this.sourcedId = sourcedId;
    this.name = name;
    this.type = type;
    this.identifier = identifier;
    this.parent = parent;
    this.outcome = outcome;
  }
}
