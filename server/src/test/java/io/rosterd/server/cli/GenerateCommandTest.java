package io.rosterd.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code rosterd generate}: a synthetic district, checked by {@code rosterd validate}. */
final class GenerateCommandTest {

  @TempDir Path dir;

  @Test
  void writesADistrictThatValidatesClean() {
    Path out = dir.resolve("district");

    Cli.Run run = Cli.run("generate", "--out", out.toString(), "--users", "300", "--seed", "5");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("300 users", out.toString()).containsPattern("in \\d+\\.\\d+ s");
    assertThat(out.resolve("users.csv")).isRegularFile();
    assertThat(Cli.run("validate", out.toString()).exitCode()).isZero();
  }

  @Test
  void theSameSeedWritesTheSameFiles() throws Exception {
    Cli.run("generate", "--out", dir.resolve("a").toString(), "--users", "200", "--seed", "9");
    Cli.run("generate", "--out", dir.resolve("b").toString(), "--users", "200", "--seed", "9");

    for (String file : new String[] {"orgs.csv", "users.csv", "roles.csv"}) {
      assertThat(Files.mismatch(dir.resolve("a").resolve(file), dir.resolve("b").resolve(file)))
          .as(file)
          .isEqualTo(-1L);
    }
  }

  @Test
  void injectedDefectsAreListedAndCaught() {
    Path out = dir.resolve("broken");

    Cli.Run run =
        Cli.run("generate", "--out", out.toString(), "--users", "500", "--errors", "0.05");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("injected defects");
    assertThat(out.resolve("expected-issues.csv")).isRegularFile();
    assertThat(Cli.run("validate", out.toString()).exitCode()).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--users=0|--users must be at least 1",
        "--users=-5|--users must be at least 1",
        "--errors=1.5|--errors must be a rate from 0 to 1",
        "--errors=-0.1|--errors must be a rate from 0 to 1",
        "--errors=NaN|--errors must be a rate from 0 to 1"
      })
  void refusesArgumentsOutOfRange(String argument, String message) {
    String users = argument.startsWith("--users") ? argument : "--users=10";
    String errors = argument.startsWith("--errors") ? argument : "--errors=0";

    Cli.Run run = Cli.run("generate", "--out", dir.toString(), users, errors);

    assertThat(run.exitCode()).isEqualTo(64);
    assertThat(run.err()).contains(message);
    assertThat(dir.resolve("users.csv")).doesNotExist();
  }

  @Test
  void refusesAnOutputThatIsAFile() throws Exception {
    Path file = Files.writeString(dir.resolve("taken.txt"), "x");

    Cli.Run run = Cli.run("generate", "--out", file.toString(), "--users", "10");

    assertThat(run.exitCode()).isEqualTo(64);
    assertThat(run.err()).contains("--out must be a folder");
  }

  @Test
  void aFolderThatCannotBeCreatedIsOneLineAndExit73() throws Exception {
    Path underAFile = Files.writeString(dir.resolve("taken.txt"), "x").resolve("district");

    Cli.Run run = Cli.run("generate", "--out", underAFile.toString(), "--users", "10");

    assertThat(run.exitCode()).isEqualTo(73);
    assertThat(run.err().strip())
        .startsWith("rosterd generate: cannot write to")
        .doesNotContain("\n");
  }
}
