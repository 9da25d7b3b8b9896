package io.rosterd.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rosterd serve}'s options: a bad value is a usage error that names the rule. */
final class ServeOptionsTest {
  @TempDir Path data;

  @Test
  void anUnknownTlsModeIsRefusedNamingTheModes() {
    Cli.Run run = Cli.run("serve", "--data-dir", data.toString(), "--smtp-tls", "tls1.3");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("SMTP TLS 'tls1.3' is not known: use starttls, ssl or none");
  }

  @Test
  void aPublicUrlThatIsNotHttpIsRefused() {
    Cli.Run run =
        Cli.run(
            "serve", "--data-dir", data.toString(), "--public-url", "ftp://rosterd.example.org");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("expected like https://rosterd.example.org");
  }

  @Test
  void aPortOutOfRangeIsAUsageErrorNamingTheOption() {
    Cli.Run sftp = Cli.run("serve", "--data-dir", data.toString(), "--sftp-port", "70000");
    Cli.Run http = Cli.run("serve", "--data-dir", data.toString(), "--http-port", "-1");

    assertThat(sftp.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(sftp.err())
        .contains("--sftp-port must be a TCP port from 1 to 65535")
        .contains("70000");
    assertThat(http.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(http.err()).contains("--http-port must be a TCP port");
  }

  @Test
  void aShortMetricsTokenIsAUsageErrorThatSaysHowToMakeOne() {
    Cli.Run run = Cli.run("serve", "--data-dir", data.toString(), "--metrics-token", "secret");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .contains("--metrics-token must be at least 16 characters")
        .contains("openssl rand")
        .doesNotContain("secret");
  }

  @Test
  void aShutdownGraceBeyondADayIsAUsageError() {
    Cli.Run run = Cli.run("serve", "--data-dir", data.toString(), "--shutdown-grace", "200000d");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--shutdown-grace must be at most 1d; found 200000d");
  }

  @Test
  void theHelpListsTheEmailOptionsWithTheirVariables() {
    Cli.Run run = Cli.run("serve", "--help");
    assertThat(run.out())
        .contains("--smtp-host")
        .contains("--smtp-tls")
        .contains("--public-url")
        .contains("--support-email")
        .contains("--stale-after");
  }
}
