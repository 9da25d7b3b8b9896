package io.rosterd.server.sync;

import java.util.Optional;

/** Maps the file kinds of a read (orgs, users, roles) to the record kinds they hold. */
final class Kinds {
  private Kinds() {}

  static Optional<Kind> ofFileKind(String fileKind) {
    return switch (fileKind) {
      case "orgs" -> Optional.of(Kind.ORG);
      case "users" -> Optional.of(Kind.USER);
      case "roles" -> Optional.of(Kind.ROLE);
      default -> Optional.empty();
    };
  }
}
