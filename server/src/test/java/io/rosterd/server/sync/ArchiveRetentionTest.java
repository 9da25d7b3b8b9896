package io.rosterd.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.store.PostgresExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Old runs lose their archived files; held runs and archives newer runs share keep theirs. */
final class ArchiveRetentionTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();

  private static final Instant CUTOFF = Instant.parse("2026-06-01T00:00:00Z");

  @TempDir Path dataDir;

  @Test
  void deletesOnlyArchivesNoHeldOrNewerRunStillNeeds() throws Exception {
    Districts.create(POSTGRES.jdbc(), "keep");
    Path old = run("applied", "2026-01-10T00:00:00Z", 1);
    Path held = run("held", "2026-01-11T00:00:00Z", 2);
    Path shared = run("applied", "2026-01-12T00:00:00Z", 3);
    POSTGRES
        .jdbc()
        .update(
            "insert into runs (district_id, status, source, archive_path, strict, finished_at)"
                + " values ('keep', 'unchanged', 'scheduled', ?, false, '2026-07-01')",
            shared.toString());
    Path recent = run("applied", "2026-07-02T00:00:00Z", 4);

    int deleted = new ArchiveRetention(POSTGRES.database().dataSource(), dataDir).prune(CUTOFF);

    assertThat(deleted).isEqualTo(1);
    assertThat(old).doesNotExist();
    assertThat(held.resolve("users.csv")).exists();
    assertThat(shared.resolve("users.csv")).exists();
    assertThat(recent.resolve("users.csv")).exists();
    assertThat(
            POSTGRES
                .jdbc()
                .query(
                    "select archive_path from runs where district_id = 'keep' order by id",
                    r -> r.getString(1)))
        .containsExactly(
            "", held.toString(), shared.toString(), shared.toString(), recent.toString());
  }

  private Path run(String status, String finished, int n) throws Exception {
    Path folder = Files.createDirectories(dataDir.resolve("archive/keep/" + n));
    Files.writeString(folder.resolve("users.csv"), "sourcedId\n");
    POSTGRES
        .jdbc()
        .update(
            "insert into runs (district_id, status, source, archive_path, strict, finished_at)"
                + " values ('keep', ?, 'scheduled', ?, false, ?::timestamptz)",
            status,
            folder.toString(),
            finished);
    return folder;
  }
}
