package io.rosterd.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class PrintableTest {

  @Test
  void showsControlCharactersInsteadOfSendingThemToTheTerminal() {
    assertThat(Printable.of("u-1\u001b[2Jx\r\n")).isEqualTo("u-1\\u001B[2Jx\\u000D\\u000A");
    assertThat(Printable.of("a\u0085b\u007f")).isEqualTo("a\\u0085b\\u007F");
  }

  @Test
  void leavesPrintableTextAsItIs() {
    assertThat(Printable.of("Zoë O'Brien · ☃")).isEqualTo("Zoë O'Brien · ☃");
    assertThat(Printable.of(null)).isEmpty();
  }
}
