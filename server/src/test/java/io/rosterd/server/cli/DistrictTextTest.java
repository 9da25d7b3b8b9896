package io.rosterd.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The district list as people read it, when there is nothing to list. */
final class DistrictTextTest {

  @Test
  void anEmptyListSaysHowToCreateOne() {
    StringWriter out = new StringWriter();

    DistrictText.writeList(List.of(), new PrintWriter(out, true));

    assertThat(out.toString())
        .startsWith("No districts yet.")
        .contains("rosterd district create --id ID --name NAME --contact-email EMAIL");
  }
}
