package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.FileKind;
import io.rosterd.oneroster.IssueCode;
import io.rosterd.oneroster.Mode;
import io.rosterd.oneroster.RoleRow;
import io.rosterd.oneroster.RowSink;
import io.rosterd.oneroster.keys.KeyHash;
import io.rosterd.oneroster.keys.LongLongMap;
import java.util.List;
import java.util.Set;

/** Reads roles.csv row by row: every role links a user to an org. */
final class RolesPass {
  static final List<String> ROLES =
      List.of(
          "aide",
          "counselor",
          "districtAdministrator",
          "guardian",
          "parent",
          "principal",
          "proctor",
          "relative",
          "siteAdministrator",
          "student",
          "systemAdministrator",
          "teacher");
  private static final List<String> ROLE_TYPES = List.of("primary", "secondary");
  private static final Set<String> DISTRICT_LEVEL = Set.of("district", "state", "national");

  private static final Schema S = Schema.ROLES;
  private static final int SOURCED_ID = S.index("sourcedId");
  private static final int USER = S.index("userSourcedId");
  private static final int ORG = S.index("orgSourcedId");
  private static final int ROLE_TYPE = S.index("roleType");
  private static final int ROLE = S.index("role");
  private static final int BEGIN = S.index("beginDate");
  private static final int END = S.index("endDate");
  private static final int PROFILE = S.index("userProfileSourcedId");

  private final OrgDirectory orgs;
  private final UserDirectory users;
  private final Mode mode;
  private final LongLongMap roleIds;
  private final LongLongMap primaries;
  private final FileTally tally = new FileTally();
  private final long[] idHashes = new long[RowBatch.CAPACITY];
  private final long[] userHashes = new long[RowBatch.CAPACITY];
  private final long[] primaryHashes = new long[RowBatch.CAPACITY];

  /** The row check of the file being read; its helpers report through it. */
  private RowCheck check;

  RolesPass(OrgDirectory orgs, UserDirectory users, Mode mode, int expectedRows) {
    this.roleIds = new LongLongMap(expectedRows);
    this.primaries = new LongLongMap(expectedRows);
    this.orgs = orgs;
    this.users = users;
    this.mode = mode;
  }

  FileTally read(CsvFileReader reader, String file, RowSink sink) {
    reader.readChecked(file, S, mode, (check, batch) -> readBatch(check, batch, sink));
    return tally;
  }

  private void readBatch(RowCheck check, RowBatch batch, RowSink sink) {
    this.check = check;
    for (int i = 0; i < batch.size; i++) {
      RawRow row = batch.rows[i];
      idHashes[i] = KeyHash.of(row.get(SOURCED_ID));
      userHashes[i] = KeyHash.of(row.get(USER));
      primaryHashes[i] = KeyHash.pair(userHashes[i], KeyHash.of(row.get(ORG)));
    }
    roleIds.warm(idHashes, batch.size);
    users.warm(userHashes, batch.size);
    primaries.warm(primaryHashes, batch.size);
    for (int i = 0; i < batch.size; i++) {
      readRow(batch.rows[i], i, sink);
    }
  }

  private void readRow(RawRow row, int index, RowSink sink) {
    if (!check.start(row)) {
      tally.decided(true, false);
      String unread = check.sourcedIdOfUnreadRow();
      if (!unread.isEmpty()) {
        sink.skipped(FileKind.ROLES, unread);
      }
      return;
    }
    String sourcedId = check.required(SOURCED_ID, RowCheck.MAX_ID);
    Lifecycle.Outcome outcome = Lifecycle.of(check, mode);
    String userId = check.required(USER, RowCheck.MAX_ID);
    String orgId = check.required(ORG, RowCheck.MAX_ID);
    String roleType = check.oneOf(ROLE_TYPE, ROLE_TYPES, false, true);
    check.optional(PROFILE, RowCheck.MAX_ID);
    String begin = check.passedAlong(BEGIN, Formats.date(row.get(BEGIN)), "a date like 2024-08-01");
    String end = check.passedAlong(END, Formats.date(row.get(END)), "a date like 2025-06-30");
    boolean deleted = outcome == Lifecycle.Outcome.DELETE;
    RoleLinks links = deleted ? RoleLinks.NONE : links(userId, userHashes[index], orgId);
    String role = RoleNames.read(check, ROLE, links.org());
    if (!sourcedId.isEmpty() && isDuplicate(sourcedId, idHashes[index])) {
      tally.decided(true, false);
      return;
    }
    if (!check.failed() && !deleted && links.dropped()) {
      outcome = Lifecycle.Outcome.DROP;
    }
    if (!check.failed() && !deleted && outcome != Lifecycle.Outcome.DROP) {
      checkPrimary(roleType, userId, orgId, links, primaryHashes[index]);
    }
    boolean taken = outcome != Lifecycle.Outcome.DROP;
    tally.decided(check.failed(), taken);
    // A role naming a user or org that is gone (left out of a bulk file, or never there) goes
    // with it; one skipped for anything else stays as it was.
    if (check.failed() && !sourcedId.isEmpty() && !links.dangling()) {
      sink.skipped(FileKind.ROLES, sourcedId);
    }
    if (!check.failed() && taken) {
      sink.role(
          new RoleRow(row.line, sourcedId, userId, orgId, roleType, role, begin, end, deleted));
    }
  }

  private boolean isDuplicate(String sourcedId, long hash) {
    long firstLine = roleIds.get(hash, -1);
    if (firstLine >= 0) {
      check.error(
          IssueCode.ROW_DUPLICATE_SOURCED_ID,
          SOURCED_ID,
          Duplicates.message("role", sourcedId, firstLine));
      return true;
    }
    roleIds.put(hash, check.line());
    return false;
  }

  private RoleLinks links(String userId, long userHash, String orgId) {
    OrgDirectory.Org org =
        orgId.isEmpty() ? null : OrgReference.resolve(check, orgs, orgId, "orgSourcedId");
    boolean orgGone = !orgId.isEmpty() && orgs.find(orgId) == null;
    if (userId.isEmpty()) {
      return new RoleLinks(null, org, false, orgGone);
    }
    UserDirectory.User user = users.inFile(userHash);
    if (user == null) {
      boolean userGone = !users.existsOutsideFile(userId);
      if (userGone) {
        check.error(IssueCode.REF_UNKNOWN_USER, "userSourcedId", users.describeMissing(userId));
      }
      return new RoleLinks(null, org, false, orgGone || userGone);
    }
    if (user.state() == UserDirectory.State.SKIPPED) {
      check.error(IssueCode.REF_SKIPPED, "userSourcedId", users.describeSkipped(userId, user));
    }
    return new RoleLinks(user, org, user.state() == UserDirectory.State.DROPPED, orgGone);
  }

  private void checkPrimary(
      String roleType, String userId, String orgId, RoleLinks links, long key) {
    if (links.user() != null
        && links.org() != null
        && links.user().primaryOrgId() != 0
        && links.user().primaryOrgId() == links.org().id()) {
      check.repeated(
          IssueCode.ROLE_REPEATS_PRIMARY_ORG,
          ORG,
          "Roles at the user's primaryOrgSourcedId (from users.csv) repeat it; they are applied."
              + " Keeping the primary site in users.csv and using roles for other orgs is enough.");
    }
    if (!"primary".equals(roleType)) {
      return;
    }
    long firstLine = primaries.get(key, -1);
    if (firstLine >= 0) {
      check.error(
          IssueCode.ROLE_SECOND_PRIMARY,
          ROLE_TYPE,
          String.format(
              "User %s already has a primary role at org %s (line %d); a user has at most one"
                  + " primary role per org. Make this one secondary, or remove it.",
              Shown.value(userId), Shown.value(orgId), firstLine));
      return;
    }
    primaries.put(key, check.line());
  }

  /** What a role's references resolved to; null where unresolved. */
  /**
   * @param dangling the user or org it names is in neither the upload nor (where the upload does
   *     not replace it) the roster
   */
  private record RoleLinks(
      UserDirectory.User user, OrgDirectory.Org org, boolean dropped, boolean dangling) {
    static final RoleLinks NONE = new RoleLinks(null, null, false, false);
  }

  static boolean districtLevel(String orgType) {
    return DISTRICT_LEVEL.contains(orgType);
  }
}
