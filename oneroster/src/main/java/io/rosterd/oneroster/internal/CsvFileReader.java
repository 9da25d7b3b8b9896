package io.rosterd.oneroster.internal;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import io.rosterd.oneroster.IssueCode;
import io.rosterd.oneroster.ReadLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Streams the rows of one roster file to a consumer: decodes UTF-8, parses CSV with FastCSV, checks
 * the header, and turns every unreadable condition into a rejection that names the line.
 */
final class CsvFileReader {
  private final UploadSource source;
  private final ReadLimits limits;
  private final boolean strict;
  private final IssueLog log;

  CsvFileReader(UploadSource source, ReadLimits limits, boolean strict, IssueLog log) {
    this.source = source;
    this.limits = limits;
    this.strict = strict;
    this.log = log;
  }

  /** Reads {@code file}; returns the number of data rows handed to {@code rows}. */
  long read(String file, Schema schema, boolean emptyAllowed, Consumer<RawRow> rows) {
    RowHandler handler = new RowHandler(schema.columns().size());
    long count = 0;
    RawRow last = null;
    try (Utf8Reader reader = new Utf8Reader(source.open(file), file);
        CsvReader<RawRow> csv = csvReader(handler, reader)) {
      for (RawRow row : csv) {
        if (handler.readingHeader()) {
          handler.mapFields(new HeaderCheck(schema, file, strict, log).map(handler.header()));
          continue;
        }
        count++;
        last = row;
        rows.accept(row);
      }
    } catch (CsvParseException e) {
      throw parseFailure(file, e);
    } catch (IOException | UncheckedIOException e) {
      throw Rejections.file(
          IssueCode.UPLOAD_UNREADABLE,
          file,
          file + " could not be read (" + e.getMessage() + "). Upload it again.");
    }
    checkComplete(file, handler, count, last, emptyAllowed);
    return count;
  }

  private CsvReader<RawRow> csvReader(RowHandler handler, Utf8Reader reader) {
    return CsvReader.builder()
        .allowExtraFields(true)
        .allowMissingFields(true)
        .allowExtraCharsAfterClosingQuote(false)
        .maxBufferSize(limits.maxFieldChars())
        .build(handler, reader);
  }

  private void checkComplete(
      String file, RowHandler handler, long count, RawRow last, boolean emptyAllowed) {
    if (handler.readingHeader()) {
      throw Rejections.file(
          IssueCode.FILE_EMPTY,
          file,
          file + " is empty: it has no header line. Export the file again with its header.");
    }
    if (last != null && last.multiLineQuoted && last.fieldCount < handler.header().size()) {
      throw Rejections.atLine(
          IssueCode.CSV_BROKEN_QUOTING,
          file,
          last.line,
          file
              + ": a quote (\") opened on line "
              + last.line
              + " is never closed, so the rest of the file reads as one value. Close the quote,"
              + " or double a quote that is part of a value (\"\").");
    }
    if (count == 0 && !emptyAllowed) {
      throw Rejections.file(
          IssueCode.FILE_NO_DATA_ROWS,
          file,
          file
              + " has a header but no data rows. A bulk file is the full list of its kind: leave"
              + " the file out of the upload to change nothing, or export it again with its rows.");
    }
  }

  private UploadRejected parseFailure(String file, CsvParseException e) {
    if (e.getCause() instanceof UploadRejected rejected) {
      return rejected;
    }
    long line = lineOf(e.getMessage());
    String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
    boolean tooLong = cause != null && cause.toLowerCase(java.util.Locale.ROOT).contains("buffer");
    if (tooLong) {
      return Rejections.atLine(
          IssueCode.CSV_FIELD_TOO_LONG,
          file,
          line,
          String.format(
              "%s: the record starting on line %d is longer than %,d characters. That is usually a"
                  + " quote (\") opened and never closed; check the quotes on that line.",
              file, line, limits.maxFieldChars()));
    }
    return Rejections.atLine(
        IssueCode.CSV_BROKEN_QUOTING,
        file,
        line,
        file
            + ": broken quoting in the record starting on line "
            + line
            + " ("
            + cause
            + "). A quoted value must end with a quote followed by a comma or the end of the line;"
            + " write a quote inside a value as two quotes (\"\").");
  }

  /** FastCSV names the line in its message: "...record that started in line 17". */
  private static long lineOf(String message) {
    if (message == null) {
      return 0;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(message);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }
}
