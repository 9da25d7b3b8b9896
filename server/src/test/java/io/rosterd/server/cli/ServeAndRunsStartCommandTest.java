package io.rosterd.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.intake.Upload;
import io.rosterd.server.intake.UploadStore;
import io.rosterd.server.store.PostgresExtension;
import io.rosterd.server.store.ServerSettings;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code rosterd serve}'s refusals, and {@code rosterd runs start} on a district's drop box. */
final class ServeAndRunsStartCommandTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();

  @TempDir Path dir;

  private Cli.Run rosterd(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(POSTGRES.cliOptions());
    all.addAll(List.of("--data-dir", dir.resolve("data").toString()));
    return Cli.run(all.toArray(String[]::new));
  }

  @Test
  void aConfigFileKeyThatIsNoOptionIsRefusedWithTheKeysThereAre() throws Exception {
    Path config = Files.writeString(dir.resolve("rosterd.properties"), "sftp_port = 2222\n");
    Cli.Run run = rosterd("serve", "--config", config.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .contains("rosterd.properties has 'sftp_port', which is not an option of rosterd serve")
        .contains("sftp-port")
        .contains("quiet-period");
  }

  @Test
  void aBadDurationInTheConfigFileSaysHowToWriteOne() throws Exception {
    Path config = Files.writeString(dir.resolve("rosterd.properties"), "quiet-period = 2 min\n");
    Cli.Run run = rosterd("serve", "--config=" + config);
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("'2 min' is not a duration").contains("90s, 2m, 1h or 7d");
  }

  @Test
  void aTakenPortIsOneLineAndExitSixtyNine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Cli.Run run =
          rosterd(
              "serve",
              "--sftp-bind",
              "127.0.0.1",
              "--sftp-port",
              Integer.toString(taken.getLocalPort()),
              "--http-port",
              "0");
      assertThat(run.exitCode()).isEqualTo(ExitCode.UNAVAILABLE);
      assertThat(run.err())
          .startsWith(
              "rosterd serve: could not listen for SFTP on 127.0.0.1:" + taken.getLocalPort());
      assertThat(run.err().lines()).hasSize(1);
    }
  }

  @Test
  void runsStartTakesTheFinishedUploadsNowAndLeavesTheRest() throws Exception {
    Cli.Run create =
        rosterd(
            "district", "create", "--id", "now", "--name", "Now", "--contact-email", "it@now.org");
    assertThat(create.exitCode()).as(create.err()).isZero();

    Cli.Run nothing = rosterd("runs", "start", "--district", "now");
    assertThat(nothing.exitCode()).isZero();
    assertThat(nothing.out()).contains("nothing to run: district 'now' has no finished upload");

    Path home = dir.resolve("data/districts/now/home");
    finished(home, "orgs.csv", "sourcedId,name,type\ns1,School,school\n");
    finished(
        home,
        "users.csv",
        "sourcedId,enabledUser,givenName,familyName,email\nu1,true,A,B,a@now.org\n");
    Path part = Files.writeString(home.resolve("roles.csv.part"), "sourcedId,userSourcedId,role");

    Cli.Run arriving = rosterd("runs", "start", "--district", "now");
    assertThat(arriving.exitCode()).as(arriving.err()).isZero();
    assertThat(arriving.out())
        .contains("nothing to run: district 'now' has files still being written")
        .contains("users.csv — finished; waits for the files still being written");
    assertThat(home.resolve("users.csv")).exists();

    // A part file nobody has written to for minutes is a leftover, not an upload going on.
    Files.setLastModifiedTime(part, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));
    Cli.Run run = rosterd("runs", "start", "--district", "now");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("status: applied");
    assertThat(home.resolve("users.csv")).doesNotExist();
    assertThat(home.resolve("roles.csv.part")).exists();
    assertThat(home.resolve("reports/latest-summary.txt"))
        .content()
        .contains("roles.csv.part — a temporary name");
    assertThat(
            POSTGRES
                .jdbc()
                .queryOne("select source from runs where district_id = 'now'", r -> r.getString(1)))
        .contains("run-now");
  }

  @Test
  void aRejectedRunStartedFromTheCommandLineIsLeftInTheOutboxForServeToEmail() throws Exception {
    Cli.Run create =
        rosterd(
            "district",
            "create",
            "--id",
            "mail",
            "--name",
            "Mail",
            "--contact-email",
            "it@mail.org");
    assertThat(create.exitCode()).as(create.err()).isZero();
    Path home = dir.resolve("data/districts/mail/home");
    finished(home, "mail", "users.csv", "sourcedId,givenName\nu1,Ada\n");
    // as 'rosterd serve --public-url https://rosterd.example.org' records when it starts
    new ServerSettings(POSTGRES.jdbc())
        .put(ServerSettings.PUBLIC_URL, "https://rosterd.example.org");

    Cli.Run run = rosterd("runs", "start", "--district", "mail");
    assertThat(run.exitCode()).isEqualTo(ExitCode.UPLOAD_REFUSED);
    assertThat(
            POSTGRES
                .jdbc()
                .query(
                    "select kind || ' ' || status || ' ' || recipients from outbox"
                        + " where district_id = 'mail'",
                    r -> r.getString(1)))
        .containsExactly("run.rejected pending it@mail.org");
    assertThat(
            POSTGRES
                .jdbc()
                .queryOne("select body from outbox where district_id = 'mail'", r -> r.getString(1))
                .orElseThrow())
        .contains("https://rosterd.example.org/runs/")
        .doesNotContain("localhost");
  }

  private void finished(Path home, String name, String content) throws Exception {
    finished(home, "now", name, content);
  }

  /** A file as the SFTP server leaves it when an upload finishes: on disk, and recorded. */
  private void finished(Path home, String district, String name, String content) throws Exception {
    Files.createDirectories(home);
    Path file = Files.writeString(home.resolve(name), content);
    new UploadStore(POSTGRES.jdbc())
        .record(
            new Upload(
                district,
                name,
                Files.size(file),
                "0".repeat(64),
                "127.0.0.1",
                Instant.now(),
                Files.getLastModifiedTime(file).toInstant()));
  }
}
