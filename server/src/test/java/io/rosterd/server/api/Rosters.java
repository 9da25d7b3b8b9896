package io.rosterd.server.api;

import java.util.ArrayList;
import java.util.List;

/** Small roster files for the API tests, with sourcedIds prefixed by their district. */
final class Rosters {
  private Rosters() {}

  static String orgs(String p) {
    return "sourcedId,name,type,parentSourcedId\n"
        + p
        + "-d,District,district,\n"
        + p
        + "-s1,School One,school,"
        + p
        + "-d\n";
  }

  /** Users {@code p-u1} to {@code p-uN}, enabled, at school {@code p-s1}. */
  static String users(String p, int from, int to) {
    List<String> rows = new ArrayList<>();
    rows.add("sourcedId,enabledUser,givenName,familyName,email,primaryOrgSourcedId");
    for (int i = from; i <= to; i++) {
      rows.add(
          p
              + "-u"
              + i
              + ",true,Given"
              + i
              + ",Family"
              + i
              + ","
              + p
              + ".u"
              + i
              + "@example.org,"
              + p
              + "-s1");
    }
    return String.join("\n", rows) + "\n";
  }

  /** A primary student role at the school for users {@code from} to {@code to}. */
  static String roles(String p, int from, int to) {
    List<String> rows = new ArrayList<>();
    rows.add("sourcedId,userSourcedId,roleType,role,orgSourcedId");
    for (int i = from; i <= to; i++) {
      rows.add(p + "-r" + i + "," + p + "-u" + i + ",primary,student," + p + "-s1");
    }
    return String.join("\n", rows) + "\n";
  }
}
