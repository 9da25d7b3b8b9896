package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.FileKind;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Sorts the names found in an upload: ours, still being written, near misses, and the rest. */
final class FileNames {
  private static final Set<String> OTHER_ONEROSTER_FILES =
      Set.of(
          "academicsessions.csv",
          "categories.csv",
          "classes.csv",
          "classresources.csv",
          "courses.csv",
          "courseresources.csv",
          "demographics.csv",
          "enrollments.csv",
          "lineitems.csv",
          "lineitemlearningobjectiveids.csv",
          "lineitemscorescales.csv",
          "resources.csv",
          "results.csv",
          "resultlearningobjectiveids.csv",
          "resultscorescales.csv",
          "scorescales.csv",
          "userprofiles.csv",
          "userresources.csv");

  private FileNames() {}

  /** Another OneRoster file, which the product does not use. */
  static boolean otherOneRosterFile(String name) {
    return OTHER_ONEROSTER_FILES.contains(name.trim().toLowerCase(Locale.ROOT));
  }

  /** The exact name {@code name} was probably meant to be, if it is a near miss of one of ours. */
  static Optional<FileKind> nearMiss(String name) {
    String simplified = simplified(name);
    for (FileKind kind : FileKind.values()) {
      String stem = kind.fileName().replace(".csv", "");
      if (simplified.equals(stem) || simplified.equals(stem.replaceAll("s$", ""))) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** Lower case, no spaces, and the extensions that editors add or people mistype removed. */
  private static String simplified(String name) {
    String s = name.trim().toLowerCase(Locale.ROOT).replace(" ", "").replaceAll("\\.+$", "");
    for (String suffix : new String[] {".txt", ".csv", ".tsv", ".xlsx", ".xls"}) {
      while (s.endsWith(suffix)) {
        s = s.substring(0, s.length() - suffix.length());
      }
    }
    // A browser's or a copy's number for a second download of the same name: "users (1).csv".
    return s.replaceAll("\\(\\d+\\)$", "").replaceAll("-copy$|copy$", "");
  }
}
