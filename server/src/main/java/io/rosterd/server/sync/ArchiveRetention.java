package io.rosterd.server.sync;

import io.rosterd.server.store.Jdbc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the archived files of runs finished long ago. Held and running runs keep theirs (they are
 * still to be applied), and so does an archive a newer run still points at (an unchanged run shares
 * the archive of the run it repeated). The runs, their counts and issues stay in the database; only
 * their input files go.
 */
public final class ArchiveRetention {
  private static final Logger LOG = LoggerFactory.getLogger(ArchiveRetention.class);

  private final Jdbc jdbc;
  private final Path archiveRoot;

  public ArchiveRetention(DataSource database, Path dataDir) {
    this.jdbc = new Jdbc(database);
    this.archiveRoot = dataDir.resolve("archive").toAbsolutePath().normalize();
  }

  /** Deletes the archives of runs finished before {@code cutoff}; returns how many. */
  public int prune(Instant cutoff) {
    List<String> expired =
        jdbc.query(
            "select distinct r.archive_path from runs r where r.archive_path <> ''"
                + " and r.finished_at < ? and r.status not in ('running', 'held')"
                + " and not exists (select 1 from runs n where n.archive_path = r.archive_path"
                + " and (n.finished_at is null or n.finished_at >= ?"
                + " or n.status in ('running', 'held')))",
            row -> row.getString(1),
            cutoff,
            cutoff);
    int deleted = 0;
    for (String path : expired) {
      Path folder = Path.of(path).toAbsolutePath().normalize();
      if (!folder.startsWith(archiveRoot)) {
        LOG.warn("not deleting {}: it is outside the archive {}", folder, archiveRoot);
        continue;
      }
      deleteTree(folder);
      jdbc.update("update runs set archive_path = '' where archive_path = ?", path);
      deleted++;
    }
    if (deleted > 0) {
      LOG.info("deleted the archives of {} runs finished before {}", deleted, cutoff);
    }
    return deleted;
  }

  private static void deleteTree(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete the archive " + folder, e);
    }
  }
}
