package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.FileKind;
import io.rosterd.oneroster.IssueCode;
import io.rosterd.oneroster.Mode;
import io.rosterd.oneroster.OrgRow;
import io.rosterd.oneroster.RowSink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads orgs.csv. Orgs are few, so the whole file is held to check the parent tree — references,
 * loops, group nesting — before any org is handed on.
 */
final class OrgsPass {
  static final List<String> TYPES =
      List.of("school", "local", "department", "district", "state", "national");

  private static final Schema S = Schema.ORGS;
  private static final int SOURCED_ID = S.index("sourcedId");
  private static final int NAME = S.index("name");
  private static final int TYPE = S.index("type");
  private static final int IDENTIFIER = S.index("identifier");
  private static final int PARENT = S.index("parentSourcedId");

  private final OrgDirectory orgs;
  private final Mode mode;
  private final List<OrgEntry> entries = new ArrayList<>();
  private final Map<String, OrgEntry> byId = new HashMap<>();
  private final FileTally tally = new FileTally();

  OrgsPass(OrgDirectory orgs, Mode mode) {
    this.orgs = orgs;
    this.mode = mode;
  }

  FileTally read(CsvFileReader reader, String file, IssueLog log, RowSink sink) {
    if (mode == Mode.BULK) {
      orgs.replaceExisting();
    }
    reader.readChecked(
        file,
        S,
        mode,
        (check, batch) -> {
          for (int i = 0; i < batch.size; i++) {
            collect(check, batch.rows[i]);
          }
        });
    new OrgTreeCheck(entries, byId, orgs, log, file).run();
    handOn(sink);
    return tally;
  }

  private void collect(RowCheck check, RawRow row) {
    if (!check.start(row)) {
      String unread = check.sourcedIdOfUnreadRow();
      if (unread.isEmpty() || byId.containsKey(unread)) {
        tally.decided(true, false);
        return;
      }
      // kept as a skipped org, so the rows that name it are skipped too instead of dangling
      OrgEntry entry = new OrgEntry(row.line, unread, "", "", "", "", Lifecycle.Outcome.UPSERT);
      entry.failed = true;
      byId.put(unread, entry);
      entries.add(entry);
      return;
    }
    String sourcedId = check.required(SOURCED_ID, RowCheck.MAX_ID);
    Lifecycle.Outcome outcome = Lifecycle.of(check, mode);
    OrgEntry entry =
        new OrgEntry(
            row.line,
            sourcedId,
            check.required(NAME, RowCheck.MAX_TEXT),
            check.oneOf(TYPE, TYPES, true, true),
            check.optional(IDENTIFIER, RowCheck.MAX_TEXT),
            check.optional(PARENT, RowCheck.MAX_ID),
            outcome);
    if (!sourcedId.isEmpty() && byId.containsKey(sourcedId)) {
      check.error(
          IssueCode.ROW_DUPLICATE_SOURCED_ID,
          SOURCED_ID,
          Duplicates.message("org", sourcedId, byId.get(sourcedId).line));
      entry.failed = true;
      tally.decided(true, false);
      return;
    }
    entry.failed = check.failed();
    if (!sourcedId.isEmpty()) {
      byId.put(sourcedId, entry);
    }
    entries.add(entry);
  }

  private void handOn(RowSink sink) {
    for (OrgEntry e : entries) {
      if (!e.sourcedId.isEmpty()) {
        orgs.add(
            e.sourcedId, e.type, e.parent, e.line, e.failed || e.outcome == Lifecycle.Outcome.DROP);
      }
      tally.decided(e.failed, e.outcome != Lifecycle.Outcome.DROP);
      if (e.failed && !e.sourcedId.isEmpty()) {
        sink.skipped(FileKind.ORGS, e.sourcedId);
      }
      if (!e.failed) {
        if (e.outcome != Lifecycle.Outcome.DROP) {
          sink.org(
              new OrgRow(
                  e.line,
                  e.sourcedId,
                  e.name,
                  e.type,
                  e.identifier,
                  e.parent,
                  e.outcome == Lifecycle.Outcome.DELETE));
        }
      }
    }
  }
}
