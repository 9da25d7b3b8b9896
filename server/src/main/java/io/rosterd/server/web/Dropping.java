package io.rosterd.server.web;

import io.rosterd.server.intake.DropBox;
import io.rosterd.server.intake.Upload;
import io.rosterd.server.intake.UploadStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

/**
 * Puts a file uploaded through the web page into the district's drop box exactly as a finished SFTP
 * upload lands: written under a hidden name (which runs never take), moved to its name in one step,
 * then recorded in {@code uploads} with its size, SHA-256, client address and last-modified time,
 * so the scheduler judges it as it judges an SFTP upload.
 */
final class Dropping {
  private final DropBox dropBox;
  private final UploadStore uploads;
  private final Clock clock;

  Dropping(DropBox dropBox, UploadStore uploads, Clock clock) {
    this.dropBox = dropBox;
    this.uploads = uploads;
    this.clock = clock;
  }

  void drop(String district, Path file, String clientAddress) throws IOException {
    String name = file.getFileName().toString();
    Path home = dropBox.home(district);
    Path partial = home.resolve("." + name + ".web-upload");
    Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
    Path target =
        Files.move(
            partial,
            home.resolve(name),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
    uploads.record(
        new Upload(
            district,
            name,
            Files.size(target),
            sha256(target),
            clientAddress,
            clock.instant(),
            Files.getLastModifiedTime(target).toInstant()));
  }

  private static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
