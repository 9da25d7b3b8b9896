package io.rosterd.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Mistakes in the command line: a short explanation on stderr and exit status 64. */
final class UsageTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "validate",
        "validate --format xml .",
        "validate --no-such-option .",
        "validate one two",
        "valdate .",
        "generate",
        "generate --out x",
        "generate --out x --users many"
      })
  void badUsageExits64WithAHint(String args) {
    Cli.Run run = Cli.run(args.isEmpty() ? new String[0] : args.split(" "));

    assertThat(run.exitCode()).isEqualTo(64);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Usage: rosterd").contains("--help");
  }

  @Test
  void misspeltCommandGetsASuggestion() {
    assertThat(Cli.run("valdate", ".").err()).contains("validate");
  }

  @Test
  void unknownFormatSaysWhichOnesExist() {
    assertThat(Cli.run("validate", "--format", "xml", ".").err()).contains("text, json or csv");
  }

  @Test
  void helpAndVersionExitZero() {
    Cli.Run help = Cli.run("--help");
    Cli.Run validateHelp = Cli.run("validate", "--help");
    Cli.Run version = Cli.run("--version");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("validate", "generate");
    assertThat(validateHelp.out()).contains("--strict", "--format", "Exit status");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("rosterd ");
  }
}
