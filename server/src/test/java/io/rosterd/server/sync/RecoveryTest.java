package io.rosterd.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rosterd.server.store.PostgresExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs a stopped rosterd left {@code running}, at each point it could have stopped: before the
 * files were all moved, after the archive folder was renamed but not recorded, after it was
 * recorded.
 */
final class RecoveryTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();

  @TempDir Path dataDir;

  private final List<Path> handedBack = new ArrayList<>();

  @Test
  void filesCaughtHalfWayGoBackAndTheRunFails() throws Exception {
    DistrictSettings district = Districts.create(POSTGRES.jdbc(), "half");
    long run = leftRunning(district);
    Path partial = RunArchive.partial(archive().folder("half", run));
    write(partial);

    assertThat(recover(district)).isEmpty();
    assertThat(handedBack).containsExactly(partial);
    assertThat(status(run)).isEqualTo("failed");
    assertThat(message(run)).contains("went back to the drop box");
  }

  @Test
  void aRenamedButUnrecordedArchiveIsAdoptedAndRedone() throws Exception {
    DistrictSettings district = Districts.create(POSTGRES.jdbc(), "renamed");
    long run = leftRunning(district);
    write(archive().folder("renamed", run));

    List<RunOutcome> redone = recover(district);
    assertThat(redone).extracting(RunOutcome::status).containsExactly(RunStatus.APPLIED);
    assertThat(status(run)).isEqualTo("applied");
    assertThat(users("renamed")).isEqualTo(2);
    assertThat(
            POSTGRES
                .jdbc()
                .query(
                    "select name from run_files where run_id = ? and sha256 <> '' order by name",
                    r -> r.getString(1),
                    run))
        .containsExactly("orgs.csv", "users.csv");
  }

  @Test
  void aRecordedArchiveIsRedone() throws Exception {
    DistrictSettings district = Districts.create(POSTGRES.jdbc(), "recorded");
    long run = leftRunning(district);
    Path folder = archive().folder("recorded", run);
    write(folder);
    POSTGRES.jdbc().update("update runs set archive_path = ? where id = ?", folder.toString(), run);

    assertThat(recover(district)).hasSize(1);
    assertThat(status(run)).isEqualTo("applied");
    assertThat(users("recorded")).isEqualTo(2);
  }

  @Test
  void aHeldRunWhoseApprovalWasCutShortIsRedoneAsApproved() {
    DistrictSettings district = Districts.create(POSTGRES.jdbc(), "approving");
    RunPipeline pipeline = new RunPipeline(POSTGRES.database().dataSource(), dataDir);
    pipeline.run(district, Upload.school(dataDir, "all", "a", 100).path(), "import", false);
    RunOutcome held =
        pipeline.run(district, Upload.school(dataDir, "most", "a", 70).path(), "import", false);
    assertThat(held.status()).isEqualTo(RunStatus.HELD);
    // What 'runs approve' records before it applies; the process is stopped right after.
    Snapshots.reopenHeld(POSTGRES.database().dataSource(), district.id(), held.run());
    assertThat(message(held.run())).isEqualTo("approved: being applied from its archived files");

    List<RunOutcome> redone = recover(district);

    assertThat(redone).extracting(RunOutcome::status).containsExactly(RunStatus.APPLIED);
    assertThat(message(held.run())).contains("approved and applied");
    assertThat(users("approving")).isEqualTo(70);
  }

  @Test
  void aRunLeftRunningIsSupersededNotRedoneWhenANewerRunOfTheDistrictFinished() throws Exception {
    DistrictSettings district = Districts.create(POSTGRES.jdbc(), "newer");
    long left = leftRunning(district);
    Path folder = archive().folder("newer", left);
    write(folder);
    POSTGRES
        .jdbc()
        .update("update runs set archive_path = ? where id = ?", folder.toString(), left);
    RunPipeline pipeline = new RunPipeline(POSTGRES.database().dataSource(), dataDir);
    RunOutcome newer =
        pipeline.run(district, Upload.school(dataDir, "later", "n", 5).path(), "import", false);
    assertThat(newer.status()).isEqualTo(RunStatus.APPLIED);

    assertThat(recover(district)).isEmpty();

    assertThat(status(left)).isEqualTo("superseded");
    assertThat(message(left)).contains("a newer run of the district finished");
    assertThat(users("newer")).isEqualTo(5);
  }

  @Test
  void anApprovalInterruptedByAStopIsLeftRunningAndRedoneAsApprovedOnStart() {
    DistrictSettings district = Districts.create(POSTGRES.jdbc(), "stopped");
    RunPipeline pipeline = new RunPipeline(POSTGRES.database().dataSource(), dataDir);
    pipeline.run(district, Upload.school(dataDir, "s-all", "s", 100).path(), "import", false);
    RunOutcome held =
        pipeline.run(district, Upload.school(dataDir, "s-most", "s", 70).path(), "import", false);
    assertThat(held.status()).isEqualTo(RunStatus.HELD);

    // What a stop that cannot wait does to a run: it interrupts the thread carrying it out.
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> pipeline.approve(district, held.run()))
          .isInstanceOf(RuntimeException.class);
    } finally {
      Thread.interrupted();
    }
    assertThat(status(held.run())).isEqualTo("running");

    assertThat(recover(district)).extracting(RunOutcome::status).containsExactly(RunStatus.APPLIED);
    assertThat(message(held.run())).contains("approved and applied");
    assertThat(users("stopped")).isEqualTo(70);
  }

  private List<RunOutcome> recover(DistrictSettings district) {
    RunPipeline pipeline = new RunPipeline(POSTGRES.database().dataSource(), dataDir);
    try (DistrictClaim claim = pipeline.claim(district.id())) {
      return pipeline.recover(claim, district, handedBack::add);
    }
  }

  private RunArchive archive() {
    return new RunArchive(dataDir);
  }

  private static long leftRunning(DistrictSettings district) {
    return Tx.run(
        POSTGRES.database().dataSource(),
        c -> RunStore.create(c, district.id(), RunSource.SCHEDULED, false));
  }

  private static void write(Path folder) throws Exception {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("orgs.csv"), "sourcedId,name,type\nd1,District,district\n");
    Files.writeString(
        folder.resolve("users.csv"),
        "sourcedId,enabledUser,givenName,familyName,email\n"
            + "u1,true,A,B,a@"
            + folder.getFileName()
            + ".x.org\nu2,true,C,D,c@"
            + folder.getFileName()
            + ".y.org\n");
  }

  private static String status(long run) {
    return POSTGRES
        .jdbc()
        .queryOne("select status from runs where id = ?", r -> r.getString(1), run)
        .orElseThrow();
  }

  private static String message(long run) {
    return POSTGRES
        .jdbc()
        .queryOne("select message from runs where id = ?", r -> r.getString(1), run)
        .orElseThrow();
  }

  private static long users(String district) {
    return POSTGRES
        .jdbc()
        .queryOne(
            "select count(*) from users where district_id = ? and status = 'active'",
            r -> r.getLong(1),
            district)
        .orElseThrow();
  }
}
