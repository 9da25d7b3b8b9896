package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.FileKind;
import io.rosterd.oneroster.IssueCode;
import io.rosterd.oneroster.KnownRoster;
import io.rosterd.oneroster.Mode;
import io.rosterd.oneroster.RowSink;
import io.rosterd.oneroster.UserRow;
import io.rosterd.oneroster.keys.KeyHash;
import io.rosterd.oneroster.keys.LongLongMap;
import java.util.List;
import java.util.Optional;

/** Reads users.csv row by row, remembering each user as a hash for the roles that follow. */
final class UsersPass {
  private static final Schema S = Schema.USERS;
  private static final int SOURCED_ID = S.index("sourcedId");
  private static final int ENABLED = S.index("enabledUser");
  private static final int GIVEN = S.index("givenName");
  private static final int FAMILY = S.index("familyName");
  private static final int MIDDLE = S.index("middleName");
  private static final int PREFERRED_GIVEN = S.index("preferredGivenName");
  private static final int PREFERRED_MIDDLE = S.index("preferredMiddleName");
  private static final int PREFERRED_FAMILY = S.index("preferredFamilyName");
  private static final int EMAIL = S.index("email");
  private static final int IDENTIFIER = S.index("identifier");
  private static final int USERNAME = S.index("username");
  private static final int PRIMARY_ORG = S.index("primaryOrgSourcedId");
  private static final int AGE_GROUP = S.index("ageGroup");
  private static final int GRADES = S.index("grades");
  private static final int PHONE = S.index("phone");
  private static final int SMS = S.index("sms");
  private static final List<Integer> LIST_COLUMNS =
      List.of(
          S.index("userIds"),
          S.index("agentSourcedIds"),
          S.index("resourceSourcedIds"),
          S.index("password"),
          S.index("userMasterIdentifier"),
          S.index("pronouns"));
  private static final int MAX_LIST = 4096;
  private static final int MAX_EMAIL = 254;
  private static final List<String> AGE_GROUPS = List.of("child", "adult");

  private final OrgDirectory orgs;
  private final UserDirectory users;
  private final KnownRoster known;
  private final Mode mode;
  private final LongLongMap emails;
  private final FileTally tally = new FileTally();
  private final long[] idHashes = new long[RowBatch.CAPACITY];
  private final long[] emailHashes = new long[RowBatch.CAPACITY];

  UsersPass(
      OrgDirectory orgs, UserDirectory users, KnownRoster known, Mode mode, int expectedRows) {
    this.emails = new LongLongMap(expectedRows);
    this.orgs = orgs;
    this.users = users;
    this.known = known;
    this.mode = mode;
  }

  FileTally read(CsvFileReader reader, String file, RowSink sink) {
    if (mode == Mode.BULK) {
      users.replaceExisting();
    }
    reader.readChecked(file, S, mode, (check, batch) -> readBatch(check, batch, sink));
    return tally;
  }

  private void readBatch(RowCheck check, RowBatch batch, RowSink sink) {
    for (int i = 0; i < batch.size; i++) {
      idHashes[i] = KeyHash.of(batch.rows[i].get(SOURCED_ID));
      emailHashes[i] = KeyHash.ofLowerCase(batch.rows[i].get(EMAIL));
    }
    users.warm(idHashes, batch.size);
    emails.warm(emailHashes, batch.size);
    for (int i = 0; i < batch.size; i++) {
      readRow(check, batch.rows[i], idHashes[i], emailHashes[i], sink);
    }
  }

  private void readRow(RowCheck check, RawRow row, long idHash, long emailHash, RowSink sink) {
    if (!check.start(row)) {
      tally.decided(true, false);
      skipUnread(check.sourcedIdOfUnreadRow(), row.line, idHash, sink);
      return;
    }
    String sourcedId = check.required(SOURCED_ID, RowCheck.MAX_ID);
    Lifecycle.Outcome outcome = Lifecycle.of(check, mode);
    UserRow user = values(check, row, sourcedId, outcome == Lifecycle.Outcome.DELETE);
    int primaryOrgId = outcome == Lifecycle.Outcome.DELETE ? 0 : primaryOrg(check, user);
    UserDirectory.User earlier = sourcedId.isEmpty() ? null : users.inFile(idHash);
    if (earlier != null) {
      check.error(
          IssueCode.ROW_DUPLICATE_SOURCED_ID,
          SOURCED_ID,
          Duplicates.message("user", sourcedId, earlier.line()));
      tally.decided(true, false);
      return;
    }
    if (!check.failed() && outcome == Lifecycle.Outcome.UPSERT) {
      checkEmailUnique(check, user.email(), emailHash);
    }
    decide(check, sink, user, outcome, primaryOrgId, idHash, emailHash);
  }

  /** A row that could not be read still names its user: skipped, so roles of it say so. */
  private void skipUnread(String sourcedId, long line, long idHash, RowSink sink) {
    if (sourcedId.isEmpty()) {
      return;
    }
    if (users.inFile(idHash) == null) {
      users.add(idHash, line, UserDirectory.State.SKIPPED, 0);
    }
    sink.skipped(FileKind.USERS, sourcedId);
  }

  private void decide(
      RowCheck check,
      RowSink sink,
      UserRow user,
      Lifecycle.Outcome outcome,
      int primaryOrgId,
      long idHash,
      long emailHash) {
    boolean failed = check.failed();
    if (!user.sourcedId().isEmpty()) {
      UserDirectory.State state =
          failed
              ? UserDirectory.State.SKIPPED
              : outcome == Lifecycle.Outcome.DROP
                  ? UserDirectory.State.DROPPED
                  : UserDirectory.State.ACCEPTED;
      users.add(idHash, user.line(), state, primaryOrgId);
    }
    boolean taken = outcome != Lifecycle.Outcome.DROP;
    tally.decided(failed, taken);
    if (failed && !user.sourcedId().isEmpty()) {
      sink.skipped(FileKind.USERS, user.sourcedId());
    }
    if (!failed && taken) {
      if (!user.email().isEmpty() && outcome == Lifecycle.Outcome.UPSERT) {
        emails.put(emailHash, user.line());
      }
      sink.user(user);
    }
  }

  private UserRow values(RowCheck check, RawRow row, String sourcedId, boolean deleted) {
    Boolean enabled = check.bool(ENABLED);
    for (int column : LIST_COLUMNS) {
      check.optional(column, MAX_LIST);
    }
    return new UserRow(
        row.line,
        sourcedId,
        Boolean.TRUE.equals(enabled),
        check.required(GIVEN, RowCheck.MAX_TEXT),
        check.required(FAMILY, RowCheck.MAX_TEXT),
        check.optional(MIDDLE, RowCheck.MAX_TEXT),
        check.optional(PREFERRED_GIVEN, RowCheck.MAX_TEXT),
        check.optional(PREFERRED_FAMILY, RowCheck.MAX_TEXT),
        email(check),
        check.optional(IDENTIFIER, RowCheck.MAX_TEXT),
        check.optional(USERNAME, RowCheck.MAX_TEXT),
        check.optional(PRIMARY_ORG, RowCheck.MAX_ID),
        check.oneOf(AGE_GROUP, AGE_GROUPS, false, false),
        check.optional(GRADES, MAX_LIST),
        check.optional(PHONE, RowCheck.MAX_TEXT),
        check.optional(SMS, RowCheck.MAX_TEXT),
        deleted);
  }

  private String email(RowCheck check) {
    check.optional(PREFERRED_MIDDLE, RowCheck.MAX_TEXT);
    String email = check.optional(EMAIL, MAX_EMAIL);
    if (email.isEmpty()) {
      if (!check.row().has(EMAIL) && !check.reported(EMAIL)) {
        check.repeated(
            IssueCode.USER_EMAIL_BLANK,
            EMAIL,
            "Users with a blank email are rostered but cannot sign in until the SIS sends an"
                + " address. Fill in email for every user who should sign in.");
      }
      return "";
    }
    if (!Formats.email(email)) {
      check.error(
          IssueCode.VALUE_INVALID,
          EMAIL,
          "email must be a valid address like name@school.org (one @, a dotted domain, no"
              + " spaces); found "
              + Shown.value(email)
              + ".");
      return "";
    }
    return email;
  }

  private int primaryOrg(RowCheck check, UserRow user) {
    if (user.primaryOrgSourcedId().isEmpty()) {
      return 0;
    }
    OrgDirectory.Org org =
        OrgReference.resolve(check, orgs, user.primaryOrgSourcedId(), "primaryOrgSourcedId");
    return org == null ? 0 : org.id();
  }

  private void checkEmailUnique(RowCheck check, String email, long emailHash) {
    if (email.isEmpty()) {
      return;
    }
    long firstLine = emails.get(emailHash, -1);
    if (firstLine >= 0) {
      check.error(
          IssueCode.USER_EMAIL_IN_USE,
          EMAIL,
          String.format(
              "email %s is already used by the user on line %d (emails are compared ignoring"
                  + " case); each user needs their own address.",
              Shown.value(email), firstLine));
      return;
    }
    Optional<KnownRoster.EmailOwner> owner = known.emailOwner(email);
    if (owner.isPresent() && keepsEmail(owner.get(), check.sourcedId())) {
      check.error(
          IssueCode.USER_EMAIL_IN_USE,
          EMAIL,
          "email "
              + Shown.value(email)
              + (owner.get().sameDistrict()
                  ? " is held by user "
                      + Shown.value(owner.get().userSourcedId())
                      + " of this district, who is not in this delta upload and keeps it."
                  : " belongs to an account of another organization in the product; it cannot be"
                      + " taken over.")
              + " Use this user's own address, or ask support if the account should move.");
    }
  }

  /**
   * Whether the holder of an email keeps it past this upload: always for another district; in this
   * district only in a delta upload that has not changed that user yet (a bulk file removes or
   * rewrites every user it covers).
   */
  private boolean keepsEmail(KnownRoster.EmailOwner owner, String sourcedId) {
    if (!owner.sameDistrict()) {
      return true;
    }
    return mode == Mode.DELTA
        && !owner.userSourcedId().equals(sourcedId)
        && users.inFile(owner.userSourcedId()) == null;
  }
}
