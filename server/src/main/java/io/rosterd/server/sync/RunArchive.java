package io.rosterd.server.sync;

import io.rosterd.oneroster.TempNames;
import io.rosterd.server.hash.Sha256;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The immutable copy of what a run reads: {@code <data-dir>/archive/<district>/<run>/}. A run reads
 * only its archive, so it can be redone after a crash or approved later with exactly the same
 * input, and nothing uploaded is lost.
 */
public final class RunArchive {
  private final Path root;

  public RunArchive(Path dataDir) {
    this.root = dataDir.resolve("archive");
  }

  public Path folder(String district, long run) {
    return root.resolve(district).resolve(Long.toString(run));
  }

  /**
   * Copies an upload — a folder's finished files at its root, or one zip — into the run's folder
   * and returns what was taken.
   */
  public List<ArchivedFile> copy(Path upload, Path folder) throws IOException {
    Files.createDirectories(folder);
    List<ArchivedFile> taken = new ArrayList<>();
    for (Path file : filesOf(upload)) {
      taken.add(copyOne(file, folder.resolve(file.getFileName().toString())));
    }
    return taken;
  }

  private static List<Path> filesOf(Path upload) throws IOException {
    if (!Files.isDirectory(upload)) {
      return List.of(upload);
    }
    try (Stream<Path> entries = Files.list(upload)) {
      return entries
          .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> !TempNames.isTemporary(p.getFileName().toString()))
          .sorted()
          .toList();
    }
  }

  /** Where a run's files gather before its archive folder exists under its final name. */
  public static Path partial(Path folder) {
    return folder.resolveSibling(folder.getFileName() + ".partial");
  }

  /** The files of an archive folder with their sizes and hashes, by name. */
  static List<ArchivedFile> describe(Path folder) throws IOException {
    List<ArchivedFile> files = new ArrayList<>();
    for (Path file : filesOf(folder)) {
      Sha256.Hashed hashed = Sha256.of(file, null);
      files.add(new ArchivedFile(file.getFileName().toString(), hashed.size(), hashed.hex()));
    }
    return files;
  }

  static void deleteIfEmpty(Path folder) {
    try {
      Files.deleteIfExists(folder);
    } catch (IOException notEmpty) {
      // Files that could not go back stay in it, where support finds them.
    }
  }

  /**
   * What a run reads from its archive folder: the zip, when the upload was one zip (it is kept as
   * uploaded); otherwise the folder of files.
   */
  public static Path readable(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> all = files.toList();
      boolean oneZip =
          all.size() == 1
              && all.get(0)
                  .getFileName()
                  .toString()
                  .toLowerCase(java.util.Locale.ROOT)
                  .endsWith(".zip");
      return oneZip ? all.get(0) : folder;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("the run's archive " + folder + " cannot be read", e);
    }
  }

  /**
   * Removes a run's copy when it is byte for byte the copy of an earlier run (the hourly "same
   * files again"), which the run then points at instead.
   */
  static void delete(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
      Files.delete(folder);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("could not remove the duplicate archive " + folder, e);
    }
  }

  private static ArchivedFile copyOne(Path source, Path target) throws IOException {
    Path partial = target.resolveSibling(target.getFileName() + ".copying");
    Sha256.Hashed hashed;
    try (OutputStream out = Files.newOutputStream(partial)) {
      hashed = Sha256.of(source, out);
    }
    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    return new ArchivedFile(target.getFileName().toString(), hashed.size(), hashed.hex());
  }
}
