package io.rosterd.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's --help renders: picocli treats descriptions as format strings, so a bare "%" (as
 * in "more than 10%") breaks the text and prints a warning instead.
 */
final class HelpTextTest {

  @Test
  void everyCommandsHelpRendersWithoutFormatWarnings() {
    PrintStream original = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    List<String> helps = new ArrayList<>();
    System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
    try {
      collect(
          Main.commandLine(
              new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())),
          helps);
    } finally {
      System.setErr(original);
    }
    assertThat(helps).hasSizeGreaterThan(20);
    assertThat(warnings.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
    assertThat(helps).noneMatch(help -> help.contains("%n"));
  }

  private static void collect(CommandLine command, List<String> helps) {
    helps.add(command.getUsageMessage());
    command.getSubcommands().values().forEach(sub -> collect(sub, helps));
  }
}
