package io.rosterd.server.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The drop box on the local disk: {@code <data-dir>/districts/<id>/home/}. */
public final class LocalDropBox implements DropBox {

  /** Same rule as the districts table: the id becomes a folder name, so it must be a safe one. */
  private static final Pattern DISTRICT_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

  private final Path districts;

  public LocalDropBox(Path dataDir) {
    this.districts = dataDir.toAbsolutePath().normalize().resolve("districts");
  }

  @Override
  public Path home(String districtId) {
    Path home = homePath(districtId);
    try {
      Files.createDirectories(home.resolve(REPORTS));
      Files.createDirectories(home.resolve(TEMPLATES));
      for (String name : Templates.NAMES) {
        writeTemplate(home.resolve(TEMPLATES).resolve(name), name);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not prepare the SFTP home " + home, e);
    }
    return home;
  }

  @Override
  public List<Path> files(String districtId) {
    Path home = homePath(districtId);
    if (!Files.isDirectory(home)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(home)) {
      return entries
          .filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("could not list " + home, e);
    }
  }

  @Override
  public Path archive(String districtId, String name, Path archiveDir) {
    Path source = homePath(districtId).resolve(name).normalize();
    if (!source.getParent().equals(homePath(districtId))) {
      throw new IllegalArgumentException("not a file at the root of the home: " + name);
    }
    try {
      Files.createDirectories(archiveDir);
      Path target = archiveDir.resolve(source.getFileName());
      return Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("could not archive " + source + " into " + archiveDir, e);
    }
  }

  @Override
  public boolean putBack(String districtId, Path taken) {
    Path target = homePath(districtId).resolve(taken.getFileName().toString());
    try {
      Files.createDirectories(target.getParent());
      // Not ATOMIC_MOVE: on Linux that replaces an existing file, and a newer upload must win.
      Files.move(taken, target);
      return true;
    } catch (java.nio.file.FileAlreadyExistsException newer) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("could not move " + taken + " back to " + target, e);
    }
  }

  @Override
  public Path receive(String districtId, String name, Content content) {
    Path home = home(districtId);
    Path target = home.resolve(name).normalize();
    if (!home.equals(target.getParent()) || !UploadNames.finished(name)) {
      throw new IllegalArgumentException("not a name for an upload: " + name);
    }
    // Hidden (so never taken by a run) and unique (two requests may send one name at once).
    Path partial = home.resolve("." + name + "." + java.util.UUID.randomUUID() + ".receiving");
    try {
      try (java.io.OutputStream out =
          new java.io.BufferedOutputStream(Files.newOutputStream(partial))) {
        content.writeTo(out);
      }
      return Files.move(
          partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      deleteQuietly(partial);
      throw new UncheckedIOException("could not write the upload " + target, e);
    } catch (RuntimeException e) {
      deleteQuietly(partial);
      throw e;
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a hidden name is never taken by a run; the next look at the disk shows it to an operator
    }
  }

  @Override
  public void writeReport(String districtId, String name, Content content) {
    Path target = reportFile(districtId, name);
    Path reports = target.getParent();
    // Hidden while written, so a district listing reports/ never downloads half a report.
    Path partial = reports.resolve("." + name + ".writing");
    try {
      Files.createDirectories(reports);
      try (java.io.OutputStream out =
          new java.io.BufferedOutputStream(Files.newOutputStream(partial))) {
        content.writeTo(out);
      }
      Files.move(
          partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the report " + target, e);
    }
  }

  @Override
  public List<String> reports(String districtId) {
    Path reports = homePath(districtId).resolve(REPORTS);
    if (!Files.isDirectory(reports)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(reports)) {
      return entries
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("could not list " + reports, e);
    }
  }

  @Override
  public void deleteReport(String districtId, String name) {
    Path target = reportFile(districtId, name);
    try {
      Files.deleteIfExists(target);
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete the report " + target, e);
    }
  }

  /** A report's file in the district's reports/, refusing a name that would leave it. */
  private Path reportFile(String districtId, String name) {
    Path reports = homePath(districtId).resolve(REPORTS);
    Path target = reports.resolve(name).normalize();
    if (!reports.equals(target.getParent())) {
      throw new IllegalArgumentException("not a report name: " + name);
    }
    return target;
  }

  private Path homePath(String districtId) {
    if (!DISTRICT_ID.matcher(districtId).matches()) {
      throw new IllegalArgumentException("not a district id: " + districtId);
    }
    return districts.resolve(districtId).resolve("home");
  }

  // Rewritten when it differs, so a home always shows the current templates.
  private static void writeTemplate(Path file, String name) throws IOException {
    byte[] content;
    try (InputStream in = Templates.open(name)) {
      content = in.readAllBytes();
    }
    if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), content)) {
      Files.write(file, content);
    }
  }
}
