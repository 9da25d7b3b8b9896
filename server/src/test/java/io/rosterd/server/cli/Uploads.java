package io.rosterd.server.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small uploads written by the tests, each showing one outcome of a validation. */
final class Uploads {

  static final String ORGS =
      """
      sourcedId,name,type,parentSourcedId
      dist-1,Lincoln District,district,
      sch-1,Lincoln High,school,dist-1
      """;

  static final String USERS =
      """
      sourcedId,enabledUser,givenName,familyName,email,primaryOrgSourcedId
      u-1,true,Ada,Lovelace,ada@example.org,sch-1
      u-2,true,Alan,Turing,alan@example.org,sch-1
      """;

  static final String ROLES =
      """
      sourcedId,userSourcedId,roleType,role,orgSourcedId
      r-1,u-1,primary,teacher,sch-1
      r-2,u-2,primary,student,sch-1
      """;

  private Uploads() {}

  /** Three clean files: status ok. */
  static Path clean(Path dir) {
    return write(dir, ORGS, USERS, ROLES);
  }

  /** users.csv line 3 (u-2) has a bad email: that row is skipped, status errors. */
  static Path rowErrors(Path dir) {
    return write(dir, ORGS, USERS.replace("alan@example.org", "not-an-email"), ROLES);
  }

  /** users.csv has no email column: the upload is refused. */
  static Path missingColumn(Path dir) {
    String users =
        """
        sourcedId,enabledUser,givenName,familyName,primaryOrgSourcedId
        u-1,true,Ada,Lovelace,sch-1
        """;
    return write(dir, ORGS, users, ROLES);
  }

  /** Users whose sourcedIds a spreadsheet would run as formulas, each with a bad email. */
  static Path formulaIds(Path dir) {
    String users =
        """
        sourcedId,enabledUser,givenName,familyName,email
        "=HYPERLINK(""x"")",true,Eve,One,bad-1
        +1,true,Eve,Two,bad-2
        -1,true,Eve,Three,bad-3
        @SUM(A1),true,Eve,Four,bad-4
        """;
    file(dir, "users.csv", users);
    return dir;
  }

  private static Path write(Path dir, String orgs, String users, String roles) {
    file(dir, "orgs.csv", orgs);
    file(dir, "users.csv", users);
    file(dir, "roles.csv", roles);
    return dir;
  }

  static void file(Path dir, String name, String content) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
