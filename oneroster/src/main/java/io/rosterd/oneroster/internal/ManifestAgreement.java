package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.FileKind;
import io.rosterd.oneroster.Issue;
import io.rosterd.oneroster.IssueCode;
import io.rosterd.oneroster.Mode;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Decides each file's mode and checks that the manifest and the files of the upload agree. */
final class ManifestAgreement {
  private static final List<FileKind> ROSTER =
      List.of(FileKind.ORGS, FileKind.USERS, FileKind.ROLES);

  private final boolean strict;
  private final IssueLog log;

  ManifestAgreement(boolean strict, IssueLog log) {
    this.strict = strict;
    this.log = log;
  }

  Map<FileKind, Mode> modes(Manifest manifest, Map<FileKind, String> files, List<String> names) {
    if (manifest == Manifest.NONE && strict) {
      log.add(
          Issue.ofFile(
              IssueCode.MANIFEST_MISSING,
              ManifestReading.FILE,
              "OneRoster 1.2 requires manifest.csv, and the upload has none. Add manifest.csv with"
                  + " manifest.version 1.0, oneroster.version 1.2 and a file.<name> line"
                  + " (bulk, delta or absent) for every file."));
    }
    Map<FileKind, Mode> modes = new EnumMap<>(FileKind.class);
    for (FileKind kind : ROSTER) {
      Mode mode = modeOf(kind, manifest, files.containsKey(kind));
      if (mode != null) {
        modes.put(kind, mode);
      }
    }
    if (manifest.present()) {
      checkOtherFiles(manifest, names);
    }
    return modes;
  }

  private Mode modeOf(FileKind kind, Manifest manifest, boolean present) {
    Mode listed = manifest.modeOf(kind.fileName());
    if (!manifest.present()) {
      return present ? Mode.BULK : null;
    }
    String property = "file." + kind.label();
    if (!present && (listed == Mode.BULK || listed == Mode.DELTA)) {
      mismatch(
          IssueCode.MANIFEST_FILE_MISSING,
          property,
          String.format(
              "manifest.csv says %s is %s, but the upload has no %s. Add the file, or set %s to"
                  + " absent.",
              property, listed.label(), kind.fileName(), property));
      return null;
    }
    if (present && (listed == Mode.ABSENT || (listed == null && strict))) {
      mismatch(
          IssueCode.MANIFEST_FILE_UNEXPECTED,
          property,
          String.format(
              "The upload has %s, but manifest.csv %s. Set %s to bulk or delta, or leave the file"
                  + " out.",
              kind.fileName(),
              listed == null ? "does not list " + property : "says " + property + " is absent",
              property));
      return Mode.ABSENT;
    }
    return present ? (listed == null ? Mode.BULK : listed) : null;
  }

  private void checkOtherFiles(Manifest manifest, List<String> names) {
    Set<String> lowerNames =
        names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    manifest.modes().entrySet().stream()
        .filter(e -> FileKind.ofFileName(e.getKey()).isEmpty())
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> checkOtherFile(e.getKey(), e.getValue(), lowerNames.contains(e.getKey())));
  }

  private void checkOtherFile(String fileName, Mode mode, boolean present) {
    if (present == (mode != Mode.ABSENT)) {
      return;
    }
    log.add(
        Issue.ofFile(
            IssueCode.MANIFEST_OTHER_FILE_MISMATCH,
            ManifestReading.FILE,
            String.format(
                "manifest.csv says %s is %s, but the upload %s it. rosterd does not use %s, so"
                    + " this changes nothing here; correct the manifest for other systems.",
                fileName, mode.label(), present ? "holds" : "does not hold", fileName)));
  }

  private void mismatch(IssueCode code, String property, String message) {
    log.add(Issue.of(code, ManifestReading.FILE, 0, "", property, message));
  }
}
