package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.Issue;
import io.rosterd.oneroster.IssueCode;
import java.util.List;
import java.util.Map;

/**
 * Checks the org tree of orgs.csv together with the district's existing orgs: parents exist, no
 * loops, groups nested at most one level; then skips the descendants of skipped orgs.
 */
final class OrgTreeCheck {
  private static final String PARENT = "parentSourcedId";
  private static final String LOCAL = "local";

  private final List<OrgEntry> entries;
  private final Map<String, OrgEntry> byId;
  private final OrgDirectory existing;
  private final IssueLog log;
  private final String file;

  OrgTreeCheck(
      List<OrgEntry> entries,
      Map<String, OrgEntry> byId,
      OrgDirectory existing,
      IssueLog log,
      String file) {
    this.entries = entries;
    this.byId = byId;
    this.existing = existing;
    this.log = log;
    this.file = file;
  }

  void run() {
    for (OrgEntry e : entries) {
      if (!e.failed && !e.parent.isEmpty()) {
        checkParentExists(e);
      }
    }
    for (OrgEntry e : entries) {
      if (!e.failed && !e.parent.isEmpty()) {
        checkNoLoop(e);
      }
    }
    for (OrgEntry e : entries) {
      if (!e.failed && LOCAL.equals(e.type)) {
        checkNesting(e);
      }
    }
    skipDescendantsOfSkipped();
  }

  private void checkParentExists(OrgEntry e) {
    if (!byId.containsKey(e.parent) && existing.find(e.parent) == null) {
      fail(e, IssueCode.REF_UNKNOWN_ORG, existing.describeMissing(e.parent, PARENT));
    }
  }

  private void checkNoLoop(OrgEntry e) {
    String at = e.parent;
    for (int steps = 0; steps <= entries.size() && !at.isEmpty(); steps++) {
      if (at.equals(e.sourcedId)) {
        fail(
            e,
            IssueCode.ORG_CYCLE,
            String.format(
                "Following parentSourcedId from org %s leads back to itself, so the orgs form a"
                    + " loop. Correct the parentSourcedId of one of the orgs on the loop.",
                Shown.value(e.sourcedId)));
        return;
      }
      at = parentOf(at);
    }
  }

  private void checkNesting(OrgEntry e) {
    String parent = e.parent;
    String grandparent = parent.isEmpty() ? "" : parentOf(parent);
    if (LOCAL.equals(typeOf(parent)) && LOCAL.equals(typeOf(grandparent))) {
      fail(
          e,
          IssueCode.ORG_GROUP_NESTING,
          String.format(
              "The group %s sits in the group %s, which itself sits in the group %s; a local group"
                  + " may sit inside another group only one level deep. Attach it to %s or to a"
                  + " school instead.",
              Shown.value(e.sourcedId),
              Shown.value(parent),
              Shown.value(grandparent),
              Shown.value(grandparent)));
    }
  }

  private void skipDescendantsOfSkipped() {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (OrgEntry e : entries) {
        OrgEntry parent = e.parent.isEmpty() ? null : byId.get(e.parent);
        if (!e.failed && parent != null && parent.failed) {
          fail(
              e,
              IssueCode.REF_SKIPPED,
              String.format(
                  "parentSourcedId %s names the org on line %d of orgs.csv, which was skipped"
                      + " because of its own error; fix that row and this one is taken too.",
                  Shown.value(parent.sourcedId), parent.line));
          changed = true;
        }
      }
    }
  }

  private String parentOf(String sourcedId) {
    OrgEntry e = byId.get(sourcedId);
    if (e != null) {
      return e.parent;
    }
    OrgDirectory.Org org = existing.find(sourcedId);
    return org == null ? "" : org.parent();
  }

  private String typeOf(String sourcedId) {
    OrgEntry e = byId.get(sourcedId);
    if (e != null) {
      return e.type;
    }
    OrgDirectory.Org org = sourcedId.isEmpty() ? null : existing.find(sourcedId);
    return org == null ? "" : org.type();
  }

  private void fail(OrgEntry e, IssueCode code, String message) {
    e.failed = true;
    log.add(Issue.of(code, file, e.line, e.sourcedId, PARENT, message));
  }
}
