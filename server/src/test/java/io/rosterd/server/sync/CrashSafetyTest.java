package io.rosterd.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.oneroster.generate.DistrictGenerator;
import io.rosterd.server.cli.Main;
import io.rosterd.server.store.PostgresExtension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the importing JVM with SIGKILL at random moments of a large import and checks the roster is
 * exactly as before or exactly as after — never in between — and that running the import again
 * converges to the after state.
 */
class CrashSafetyTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  private static final String DISTRICT = "crash";
  private static final int KILLS = 20;

  @TempDir Path dir;

  @Test
  void aKilledImportLeavesTheRosterBeforeOrAfterAndARerunConverges() throws Exception {
    Districts.create(POSTGRES.jdbc(), DISTRICT);
    POSTGRES.jdbc().update("update districts set threshold_percent = 100 where id = ?", DISTRICT);
    Path before = dir.resolve("before");
    Path after = dir.resolve("after");
    DistrictGenerator.generate(before, 6_000, 1, 0);
    DistrictGenerator.generate(after, 5_700, 2, 0);

    importHere(before);
    importHere(after);
    importHere(before);
    String beforeState = fingerprint();
    long fullMillis = importInAnotherJvm(after);
    String afterState = fingerprint();
    importHere(before);
    assertThat(fingerprint()).as("the states are reproducible").isEqualTo(beforeState);
    assertThat(afterState).isNotEqualTo(beforeState);

    SplittableRandom random = new SplittableRandom(7);
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < KILLS; i++) {
      long delay = (long) (fullMillis * (0.2 + 0.9 * random.nextDouble()));
      killImportAfter(after, delay);
      String state = fingerprint();
      assertThat(state).as("after a kill at %d ms", delay).isIn(beforeState, afterState);
      seen.add(state.equals(beforeState) ? "before" : "after");
      importHere(after);
      assertThat(fingerprint()).as("a rerun converges").isEqualTo(afterState);
      importHere(before);
    }
    assertThat(seen).as("kills landed both before and after the commit").contains("before");
  }

  private String fingerprint() {
    return RosterFingerprint.of(POSTGRES.jdbc(), DISTRICT);
  }

  /** Imports in this JVM: the steps between kills need no new process. */
  private void importHere(Path upload) {
    DistrictSettings settings = new DistrictSettings(DISTRICT, false, new Thresholds(100, 0));
    new RunPipeline(POSTGRES.database().dataSource(), dir.resolve("data"))
        .run(settings, upload, "import", false);
  }

  private long importInAnotherJvm(Path upload) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process = startImport(upload);
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("import finished").isTrue();
    assertThat(process.exitValue()).as("import exit status").isIn(0, 1);
    return (System.nanoTime() - start) / 1_000_000;
  }

  private void killImportAfter(Path upload, long millis) throws IOException, InterruptedException {
    Process process = startImport(upload);
    if (!process.waitFor(millis, TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      process.waitFor(1, TimeUnit.MINUTES);
    }
  }

  private Process startImport(Path upload) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of("import", "--district", DISTRICT, upload.toString()));
    command.addAll(List.of("--data-dir", dir.resolve("data").toString()));
    command.addAll(POSTGRES.cliOptions());
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(dir.resolve("import.err").toFile())
        .start();
  }
}
