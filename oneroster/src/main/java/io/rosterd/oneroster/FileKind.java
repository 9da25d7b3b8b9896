package io.rosterd.oneroster;

import java.util.Locale;
import java.util.Optional;

/** The files rosterd reads, in the order they must be read (roles refer to users and orgs). */
public enum FileKind {
  MANIFEST("manifest.csv"),
  ORGS("orgs.csv"),
  USERS("users.csv"),
  ROLES("roles.csv");

  private final String fileName;

  FileKind(String fileName) {
    this.fileName = fileName;
  }

  public String fileName() {
    return fileName;
  }

  /** The word used in reports: {@code orgs}, {@code users}, {@code roles}, {@code manifest}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind whose file name is exactly {@code name}. */
  public static Optional<FileKind> ofFileName(String name) {
    for (FileKind kind : values()) {
      if (kind.fileName.equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
