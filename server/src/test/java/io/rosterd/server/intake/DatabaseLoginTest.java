package io.rosterd.server.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.credentials.DatabaseSftpAccounts;
import io.rosterd.server.credentials.IssuedPassword;
import io.rosterd.server.credentials.SftpAccountStore;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.store.PostgresExtension;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drop box with its real parts joined: accounts and passwords from PostgreSQL (as {@code
 * rosterd district create} and {@code credentials rotate} issue them), a district's home on disk,
 * and uploads recorded in PostgreSQL.
 */
final class DatabaseLoginTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();

  @TempDir Path dir;

  @Test
  void issuedCredentialsLogInUploadsAreRecordedAndARotatedPasswordNoLongerWorks() throws Exception {
    new DistrictStore(POSTGRES.jdbc()).create("dbl", "DB Login", "it@dbl.example.org");
    SftpAccountStore accounts = new SftpAccountStore(POSTGRES.jdbc());
    IssuedPassword first = IssuedPassword.generate();
    accounts.setPassword("dbl", first.hash());
    UploadStore uploads = new UploadStore(POSTGRES.jdbc());
    SftpConfig config = SftpConfig.defaults(dir).withPort("127.0.0.1", 0);

    try (SftpServer server =
        SftpServer.start(
            config,
            new DatabaseSftpAccounts(POSTGRES.jdbc()),
            new LoginLockouts(POSTGRES.jdbc()),
            new LocalDropBox(dir),
            uploads)) {
      try (MinaClient client = MinaClient.login(server.port(), "dbl", first.password());
          OutputStream out = client.sftp.write("users.csv")) {
        out.write(
            "sourcedId,enabledUser,givenName,familyName,email\n".getBytes(StandardCharsets.UTF_8));
      }
      waitForUpload(uploads);
      assertThat(dir.resolve("districts/dbl/home/users.csv")).exists();

      IssuedPassword second = IssuedPassword.generate();
      accounts.setPassword("dbl", second.hash());
      assertThat(MinaClient.canLogin(server.port(), "dbl", first.password())).isFalse();
      assertThat(MinaClient.canLogin(server.port(), "dbl", second.password())).isTrue();
      accounts.setEnabled("dbl", false);
      assertThat(MinaClient.canLogin(server.port(), "dbl", second.password())).isFalse();
    }
  }

  private static void waitForUpload(UploadStore uploads) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (uploads.of("dbl").isEmpty() && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
    }
    assertThat(uploads.of("dbl"))
        .singleElement()
        .satisfies(u -> assertThat(u.name()).isEqualTo("users.csv"));
  }
}
