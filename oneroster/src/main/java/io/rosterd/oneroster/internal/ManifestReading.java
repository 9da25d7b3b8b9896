package io.rosterd.oneroster.internal;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.rosterd.oneroster.Issue;
import io.rosterd.oneroster.IssueCode;
import io.rosterd.oneroster.Mode;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads manifest.csv: {@code propertyName,value} lines giving versions and a mode per file. */
final class ManifestReading {
  static final String FILE = "manifest.csv";
  private static final List<String> HEADER = List.of("propertyName", "value");

  private final boolean strict;
  private final IssueLog log;
  private final Map<String, Mode> modes = new HashMap<>();
  private boolean sawVersion;
  private boolean sawManifestVersion;
  private boolean refused;

  ManifestReading(boolean strict, IssueLog log) {
    this.strict = strict;
    this.log = log;
  }

  Manifest read(UploadSource source) {
    try (Utf8Reader reader = new Utf8Reader(source.open(FILE), FILE);
        CsvReader<CsvRecord> csv =
            CsvReader.builder().maxBufferSize(64 * 1024).ofCsvRecord(reader)) {
      boolean first = true;
      for (CsvRecord record : csv) {
        if (first) {
          checkHeader(record);
          first = false;
        } else {
          property(record);
        }
      }
      if (first) {
        throw Rejections.file(
            IssueCode.FILE_EMPTY,
            FILE,
            FILE
                + " is empty: it needs the header"
                + " propertyName,value and one line per property.");
      }
    } catch (CsvParseException e) {
      throw Rejections.file(
          IssueCode.CSV_BROKEN_QUOTING,
          FILE,
          FILE + " could not be read as CSV: " + e.getMessage());
    } catch (IOException e) {
      throw Rejections.file(IssueCode.UPLOAD_UNREADABLE, FILE, FILE + " could not be read.");
    }
    requireVersions();
    return refused ? Manifest.UNREADABLE : new Manifest(true, Map.copyOf(modes));
  }

  private void checkHeader(CsvRecord record) {
    List<String> found = record.getFields().stream().map(String::trim).toList();
    boolean ok =
        strict
            ? record.getFields().equals(HEADER)
            : found.size() == 2
                && found.get(0).equalsIgnoreCase(HEADER.get(0))
                && found.get(1).equalsIgnoreCase(HEADER.get(1));
    if (!ok) {
      throw new UploadRejected(
          Issue.of(
              IssueCode.MANIFEST_BAD_HEADER,
              FILE,
              1,
              "",
              "",
              "The header of manifest.csv must be exactly propertyName,value; found "
                  + String.join(",", record.getFields())
                  + ". Write the first line as propertyName,value."));
    }
  }

  private void property(CsvRecord record) {
    String name = record.getField(0).trim();
    String value = record.getFieldCount() > 1 ? record.getField(1).trim() : "";
    long line = record.getStartingLineNumber();
    String key = strict ? name : name.toLowerCase(Locale.ROOT);
    if (key.equals("manifest.version")) {
      sawManifestVersion = true;
      expectVersion(line, name, value, "1.0");
    } else if (key.equals("oneroster.version")) {
      sawVersion = true;
      onerosterVersion(line, value);
    } else if (key.regionMatches(true, 0, "file.", 0, 5)) {
      fileMode(line, name, value);
    } else if (!key.regionMatches(true, 0, "source.", 0, 7)) {
      log.add(
          Issue.of(
              IssueCode.MANIFEST_UNKNOWN_PROPERTY,
              FILE,
              line,
              "",
              name,
              "manifest.csv property "
                  + Shown.value(name)
                  + " is not one rosterd knows; ignored."));
    }
  }

  private void onerosterVersion(long line, String value) {
    if (value.equals("1.1") || value.equals("1.0")) {
      throw OldVersions.refuse(value, "manifest.csv says oneroster.version " + value);
    }
    if (!value.equals("1.2") && !value.equals("1.2.1")) {
      expectVersion(line, "oneroster.version", value, "1.2");
    }
  }

  private void expectVersion(long line, String name, String value, String expected) {
    if (!value.equals(expected)) {
      throw new UploadRejected(
          Issue.of(
              IssueCode.MANIFEST_BAD_VERSION,
              FILE,
              line,
              "",
              name,
              String.format(
                  "manifest.csv %s must be %s; found %s. Set it to %s.",
                  name, expected, Shown.value(value), expected)));
    }
  }

  private void fileMode(long line, String name, String value) {
    String fileName = name.substring(5) + ".csv";
    Mode mode = modeOf(value);
    if (mode != null) {
      modes.put(fileName.toLowerCase(Locale.ROOT), mode);
      return;
    }
    String message =
        String.format(
            "manifest.csv %s must be bulk, delta or absent; found %s.", name, Shown.value(value));
    boolean ours = io.rosterd.oneroster.FileKind.ofFileName(fileName).isPresent();
    if (ours || strict) {
      refused = true;
      log.add(
          Issue.of(
              IssueCode.MANIFEST_BAD_VALUE, FILE, line, "", name, message + " Fix the value."));
      return;
    }
    log.add(
        Issue.of(
            IssueCode.MANIFEST_OTHER_FILE_MISMATCH,
            FILE,
            line,
            "",
            name,
            message + " rosterd does not use " + fileName + ", so this was ignored."));
  }

  private Mode modeOf(String value) {
    for (Mode mode : Mode.values()) {
      boolean same = strict ? mode.label().equals(value) : mode.label().equalsIgnoreCase(value);
      if (same) {
        return mode;
      }
    }
    return null;
  }

  private void requireVersions() {
    if (strict && (!sawVersion || !sawManifestVersion)) {
      throw new UploadRejected(
          Issue.of(
              IssueCode.MANIFEST_BAD_VERSION,
              FILE,
              0,
              "",
              sawVersion ? "manifest.version" : "oneroster.version",
              "manifest.csv must give manifest.version 1.0 and oneroster.version 1.2. Add the"
                  + " missing line."));
    }
  }
}
