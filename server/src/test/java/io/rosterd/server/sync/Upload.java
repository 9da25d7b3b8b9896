package io.rosterd.server.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes small uploads for tests: a folder with orgs.csv, users.csv, roles.csv as given. */
final class Upload {
  static final String ORGS = "sourcedId,name,type,parentSourcedId\n";
  static final String USERS =
      "sourcedId,enabledUser,givenName,familyName,email,primaryOrgSourcedId,ageGroup\n";
  static final String ROLES = "sourcedId,userSourcedId,roleType,role,orgSourcedId\n";

  private final Path folder;

  Upload(Path folder) {
    this.folder = folder;
  }

  static Upload in(Path parent, String name) {
    try {
      return new Upload(Files.createDirectories(parent.resolve(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Upload file(String name, String content) {
    try {
      Files.writeString(folder.resolve(name), content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path path() {
    return folder;
  }

  /** A district of one school with {@code students} students, each with a primary role. */
  static Upload school(Path parent, String name, String prefix, int students) {
    List<String> users = new ArrayList<>();
    List<String> roles = new ArrayList<>();
    for (int i = 1; i <= students; i++) {
      users.add(
          String.format(
              "%s-u%d,true,Given%d,Family%d,%s.u%d@example.org,%s-s1,child",
              prefix, i, i, i, prefix, i, prefix));
      roles.add(String.format("%s-r%d,%s-u%d,primary,student,%s-s1", prefix, i, prefix, i, prefix));
    }
    return in(parent, name)
        .file(
            "orgs.csv",
            ORGS
                + prefix
                + "-d,District,district,\n"
                + prefix
                + "-s1,School,school,"
                + prefix
                + "-d\n")
        .file("users.csv", USERS + String.join("\n", users) + "\n")
        .file("roles.csv", ROLES + String.join("\n", roles) + "\n");
  }
}
