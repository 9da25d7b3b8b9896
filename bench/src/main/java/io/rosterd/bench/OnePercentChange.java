package io.rosterd.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A district's next hourly upload with 1% of its users changed: every 100th user gets a new given
 * name. The other files are copied unchanged.
 */
final class OnePercentChange {
  private OnePercentChange() {}

  static void write(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    for (String file : List.of("manifest.csv", "orgs.csv", "roles.csv")) {
      Files.copy(from.resolve(file), to.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    try (CsvReader<CsvRecord> in = CsvReader.builder().ofCsvRecord(from.resolve("users.csv"));
        CsvWriter out =
            CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(to.resolve("users.csv"))) {
      int givenName = -1;
      long row = 0;
      for (CsvRecord record : in) {
        List<String> fields = new ArrayList<>(record.getFields());
        if (givenName < 0) {
          givenName = fields.indexOf("givenName");
        } else if (++row % 100 == 0) {
          fields.set(givenName, fields.get(givenName) + "-changed");
        }
        out.writeRecord(fields);
      }
    }
  }
}
