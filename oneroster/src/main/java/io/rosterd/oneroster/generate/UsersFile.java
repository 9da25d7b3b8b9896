package io.rosterd.oneroster.generate;

import io.rosterd.oneroster.FileKind;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Writes users.csv row by row, injecting defects and saying what became of each user. */
final class UsersFile implements Closeable {

  private static final FileKind FILE = FileKind.USERS;

  private final CsvOut out;
  private final Defects defects;
  private final Cycle<UserDefect> kinds = new Cycle<>(UserDefect.values());
  private String lastCleanSourcedId;
  private String lastCleanEmail;
  private long unknownOrgs;

  UsersFile(Path dir, Defects defects) throws IOException {
    this.out = CsvOut.open(dir.resolve(FILE.fileName()), UserLine.HEADER);
    this.defects = defects;
  }

  /** Writes the user; the state says whether (and how) the validator skips it. */
  RowFate write(UserLine user) throws IOException {
    RowFate state = defects.strike() ? inject(user) : RowFate.CLEAN;
    if (state == RowFate.CLEAN) {
      lastCleanSourcedId = user.sourcedId;
      lastCleanEmail = user.email;
    }
    user.writeTo(out);
    return state;
  }

  long rows() {
    return out.rows();
  }

  private RowFate inject(UserLine user) {
    UserDefect defect = kinds.next(kind -> lastCleanSourcedId != null || !kind.copiesEarlierUser());
    if (defect == null) {
      return RowFate.CLEAN;
    }
    apply(defect, user);
    defects.injected(defect.code, FILE, out.line(), user.sourcedId, defect.column);
    return defect.losesSourcedId() ? RowFate.GONE : RowFate.SKIPPED;
  }

  private void apply(UserDefect defect, UserLine user) {
    switch (defect) {
      case BLANK_SOURCED_ID -> user.sourcedId = "";
      case BLANK_GIVEN_NAME -> user.givenName = "";
      case BLANK_FAMILY_NAME -> user.familyName = "";
      case BLANK_ENABLED_USER -> user.enabledUser = "";
      case INVALID_ENABLED_USER -> user.enabledUser = "maybe";
      case INVALID_EMAIL -> user.email = user.email.replace('@', '.');
      // Upper case: emails are compared case-insensitively.
      case EMAIL_IN_USE -> user.email = lastCleanEmail.toUpperCase(Locale.ROOT);
      case DUPLICATE_SOURCED_ID -> user.sourcedId = lastCleanSourcedId;
      case UNKNOWN_PRIMARY_ORG -> user.primaryOrgSourcedId = "org-missing-" + ++unknownOrgs;
      case INVALID_AGE_GROUP -> user.ageGroup = "teen";
      case CONTROL_CHARACTER -> user.givenName = Defects.withControlCharacter(user.givenName);
      case NAME_TOO_LONG -> user.familyName = Defects.tooLong(user.familyName);
      case FIELD_COUNT -> user.ragged = true;
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
