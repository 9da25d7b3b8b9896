package io.rosterd.server.intake;

import io.rosterd.oneroster.TempNames;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Which names in a home are finished uploads, and which are still being written. */
final class UploadNames {

  /** The longest name most file systems take, in bytes. */
  private static final int MAX_NAME_BYTES = 255;

  private UploadNames() {}

  /**
   * False for names clients write under before renaming (WinSCP's {@code .filepart}, FileZilla's
   * and others' {@code .part}, {@code .tmp}) and hidden names; runs ignore the same.
   */
  static boolean finished(String name) {
    return !TempNames.isTemporary(name);
  }

  /**
   * Why a file handed over whole by name (not written through SFTP) cannot be taken as an upload;
   * empty when it can. It must be a plain name for the root of the home: no folder, not one of the
   * home's folders, and not a temporary or hidden name, which no run would ever take.
   */
  static Optional<String> problemOfGivenName(String name) {
    if (name == null || name.isBlank()) {
      return Optional.of("a file has no name; send each file with its name (users.csv)");
    }
    if (name.contains("/") || name.contains("\\") || name.equals("..")) {
      return Optional.of(
          name + ": files are uploaded to the top folder; send the name without a folder");
    }
    if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return Optional.of("a file name holds a control character; rename the file");
    }
    if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
      return Optional.of("a file name is longer than " + MAX_NAME_BYTES + " bytes");
    }
    if (name.equals(DropBox.REPORTS) || name.equals(DropBox.TEMPLATES)) {
      return Optional.of(name + " is a read-only folder of the drop box, not a file name");
    }
    if (!finished(name)) {
      return Optional.of(
          name
              + ": a temporary or hidden name, which runs never take; upload it under its final"
              + " name (orgs.csv, users.csv, roles.csv, manifest.csv, or a .zip)");
    }
    return Optional.empty();
  }
}
