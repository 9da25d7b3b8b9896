package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.FileKind;
import io.rosterd.oneroster.FileReport;
import io.rosterd.oneroster.Issue;
import io.rosterd.oneroster.IssueCode;
import io.rosterd.oneroster.TempNames;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sorts the names of an upload into rosterd's files and reported, ignored ones. */
final class UploadNames {
  private final boolean strict;
  private final IssueLog log;
  private final List<FileReport> ignored;

  UploadNames(boolean strict, IssueLog log, List<FileReport> ignored) {
    this.strict = strict;
    this.log = log;
    this.ignored = ignored;
  }

  Map<FileKind, String> sort(UploadSource source) {
    return sort(source.names());
  }

  /** Sorts {@code names}: rosterd's files are returned, the others reported as ignored. */
  Map<FileKind, String> sort(List<String> names) {
    Map<FileKind, String> files = new EnumMap<>(FileKind.class);
    List<String> notUsed = new ArrayList<>();
    for (String name : names) {
      if (TempNames.isTemporary(name)) {
        continue;
      }
      Optional<FileKind> kind = FileKind.ofFileName(name);
      if (kind.isPresent()) {
        files.put(kind.get(), name);
      } else if (FileNames.otherOneRosterFile(name)) {
        notUsed.add(name);
        ignored.add(FileReport.ignored(name, "a OneRoster file the product does not use"));
      } else {
        ignore(name);
      }
    }
    noteNotUsed(notUsed);
    return files;
  }

  private static String otherHint(String name) {
    if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
      return " An upload is one .zip or loose CSV files: a .zip beside orgs.csv, users.csv,"
          + " roles.csv or manifest.csv, or a second .zip, is not opened. Upload one export at a"
          + " time.";
    }
    return " rosterd reads only manifest.csv, orgs.csv, users.csv and roles.csv.";
  }

  /** One note for all of them: full exports hold a dozen such files every hour. */
  private void noteNotUsed(List<String> notUsed) {
    if (!notUsed.isEmpty()) {
      log.add(
          Issue.ofFile(
              IssueCode.FILE_NOT_USED,
              "",
              "Not read — OneRoster files the product does not use: "
                  + String.join(", ", notUsed)
                  + ". You may leave them in the upload."));
    }
  }

  private void ignore(String name) {
    String note;
    {
      Optional<FileKind> meant = FileNames.nearMiss(name);
      String hint =
          meant
              .map(k -> " Names are exact: name it " + k.fileName() + " and upload it again.")
              .orElse(otherHint(name));
      String quoted = "\"" + name + "\"";
      note =
          strict
              ? quoted
                  + " is not a OneRoster 1.2 file, and a conformant package holds only those."
                  + hint
              : quoted + " was ignored." + hint;
      IssueCode code =
          strict
              ? IssueCode.UPLOAD_UNKNOWN_FILE_STRICT
              : meant.isPresent() ? IssueCode.FILE_NAME_CLOSE : IssueCode.FILE_IGNORED;
      log.add(Issue.ofFile(code, name, note));
    }
    ignored.add(FileReport.ignored(name, note));
  }
}
