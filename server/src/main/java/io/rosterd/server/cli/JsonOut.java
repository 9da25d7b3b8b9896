package io.rosterd.server.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;

/** Plain maps and records as pretty JSON on a command's output, which stays open. */
final class JsonOut {
  private static final ObjectMapper JSON =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private JsonOut() {}

  static void write(Object value, PrintWriter out) throws IOException {
    JSON.writerWithDefaultPrettyPrinter().writeValue(out, value);
    out.println();
    out.flush();
  }
}
