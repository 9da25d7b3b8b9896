package io.rosterd.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs rosterd commands in this JVM, capturing what they print. */
final class Cli {

  private Cli() {}

  record Run(int exitCode, String out, String err) {

    /** Whatever happened, the person at the terminal never sees a Java stack trace. */
    Run assertNoStackTrace() {
      for (String stream : new String[] {out, err}) {
        assertThat(stream)
            .doesNotContain("\tat ")
            .doesNotContain("Exception in thread")
            .doesNotContainPattern("(?m)^\\s*at [\\w$.]+\\(")
            .doesNotContainPattern("(?m)^Caused by: ");
      }
      return this;
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(exitCode, out.toString(), err.toString()).assertNoStackTrace();
  }
}
