package io.rosterd.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The floor: FastCSV reading every record of the roster files and touching every field, with no
 * checks. Validation cannot be faster than parsing the same bytes.
 */
final class BareParse {
  private static final List<String> FILES = List.of("orgs.csv", "users.csv", "roles.csv");

  private BareParse() {}

  /** Returns the number of data rows, so the work cannot be optimised away. */
  static long rows(Path district) {
    long rows = 0;
    long chars = 0;
    for (String file : FILES) {
      try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(district.resolve(file))) {
        for (CsvRecord record : csv) {
          rows++;
          for (int i = 0; i < record.getFieldCount(); i++) {
            chars += record.getField(i).length();
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      rows--;
    }
    return chars < 0 ? -1 : rows;
  }
}
