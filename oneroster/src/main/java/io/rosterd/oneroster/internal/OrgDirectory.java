package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.KnownRoster;
import java.util.HashMap;
import java.util.Map;

/**
 * The orgs references can point at: those accepted or skipped from orgs.csv, and — unless a bulk
 * orgs.csv replaces them — those the district already has. Districts have few orgs, so they are
 * held as objects.
 */
final class OrgDirectory {
  /** One org; {@code line} is 0 for an org that already exists. */
  record Org(int id, String sourcedId, String type, String parent, long line, boolean skipped) {}

  private final Map<String, Org> fromFile = new HashMap<>();
  private final Map<String, Org> existing = new HashMap<>();
  private boolean replacedByFile;
  private boolean unavailable;

  OrgDirectory(KnownRoster known) {
    for (KnownRoster.KnownOrg org : known.orgs().values()) {
      existing.put(
          org.sourcedId(),
          new Org(
              existing.size() + 1, org.sourcedId(), org.type(), org.parentSourcedId(), 0, false));
    }
  }

  /** A bulk orgs.csv is the full list: what the district had no longer counts. */
  void replaceExisting() {
    replacedByFile = true;
  }

  void add(String sourcedId, String type, String parent, long line, boolean skipped) {
    int id = existing.size() + fromFile.size() + 1;
    fromFile.put(sourcedId, new Org(id, sourcedId, type, parent, line, skipped));
  }

  /**
   * orgs.csv was refused: the upload is rejected anyway, and references to orgs are not checked so
   * that the report shows the other files' own problems rather than a flood of echoes.
   */
  void markUnavailable() {
    unavailable = true;
  }

  /** The org named {@code sourcedId}, or null when there is none to refer to. */
  Org find(String sourcedId) {
    if (unavailable) {
      return new Org(0, sourcedId, "", "", 0, false);
    }
    Org org = fromFile.get(sourcedId);
    if (org == null && !replacedByFile) {
      org = existing.get(sourcedId);
    }
    return org;
  }

  String describeMissing(String sourcedId, String column) {
    return String.format(
        "%s %s names no org in orgs.csv%s. Add the org to orgs.csv or correct the reference.",
        column, Shown.value(sourcedId), replacedByFile ? "" : " or already in the district");
  }

  String describeSkipped(Org org, String column) {
    return String.format(
        "%s %s names the org on line %d of orgs.csv, which was skipped because of its own error;"
            + " fix that row and this one is taken too.",
        column, Shown.value(org.sourcedId()), org.line());
  }
}
