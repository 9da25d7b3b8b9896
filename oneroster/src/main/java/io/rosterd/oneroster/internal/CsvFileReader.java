package io.rosterd.oneroster.internal;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import io.rosterd.oneroster.IssueCode;
import io.rosterd.oneroster.ReadLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams the rows of one roster file to a consumer in batches: a {@link CsvProducer} thread
 * decodes and parses while this thread checks the header and the rows, and turns every unreadable
 * condition into a rejection that names the line.
 */
final class CsvFileReader {
  private static final Pattern FASTCSV_LINE = Pattern.compile("line (\\d+)");

  private final UploadSource source;
  private final ReadLimits limits;
  private final boolean strict;
  private final IssueLog log;
  private final boolean withoutRoles;

  CsvFileReader(
      UploadSource source, ReadLimits limits, boolean strict, IssueLog log, boolean withoutRoles) {
    this.source = source;
    this.limits = limits;
    this.strict = strict;
    this.log = log;
    this.withoutRoles = withoutRoles;
  }

  /** Receives a file's rows batch by batch, with the one {@link RowCheck} of the file. */
  interface CheckedBatches {
    void accept(RowCheck check, RowBatch batch);
  }

  /** Reads a roster file in {@code mode}, handing each batch on with the file's row check. */
  void readChecked(
      String file, Schema schema, io.rosterd.oneroster.Mode mode, CheckedBatches rows) {
    RowCheck[] check = new RowCheck[1];
    read(
        file,
        schema,
        mode == io.rosterd.oneroster.Mode.DELTA,
        (batch, shape) -> {
          if (check[0] == null) {
            check[0] = new RowCheck(file, schema, strict, log, shape);
          }
          rows.accept(check[0], batch);
        });
  }

  /**
   * Reads {@code file}; hands every batch of data rows to {@code rows} and returns the header's
   * field count. Throws {@link UploadRejected} when the file cannot be used.
   */
  int read(String file, Schema schema, boolean emptyAllowed, BatchConsumer rows) {
    CsvProducer producer = startProducer(file, schema);
    Thread thread = new Thread(producer, "rosterd-csv-" + file);
    thread.setDaemon(true);
    thread.start();
    try {
      return consume(file, schema, emptyAllowed, producer, rows);
    } finally {
      producer.cancel();
      joinQuietly(thread);
    }
  }

  private CsvProducer startProducer(String file, Schema schema) {
    try {
      CsvReader.CsvReaderBuilder builder =
          CsvReader.builder()
              .allowExtraFields(true)
              .allowMissingFields(true)
              .allowExtraCharsAfterClosingQuote(false)
              .maxBufferSize(limits.maxFieldChars());
      return new CsvProducer(source.open(file), file, builder, schema.columns().size());
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  private int consume(
      String file, Schema schema, boolean emptyAllowed, CsvProducer producer, BatchConsumer rows) {
    HeaderShape shape = new HeaderShape(0, 0);
    while (true) {
      Object message = take(producer);
      if (message instanceof CsvProducer.Header header) {
        shape = HeaderShape.of(header.names());
        mapHeader(file, schema, producer, header);
      } else if (message instanceof RowBatch batch) {
        rows.accept(batch, shape);
        producer.free.add(batch);
      } else {
        checkEnd(file, (CsvProducer.End) message, shape.named(), emptyAllowed);
        return shape.fields();
      }
    }
  }

  private void mapHeader(
      String file, Schema schema, CsvProducer producer, CsvProducer.Header header) {
    try {
      producer.mapping.complete(
          new HeaderCheck(schema, file, strict, log, withoutRoles).map(header.names()));
    } catch (RuntimeException e) {
      producer.mapping.completeExceptionally(e);
      throw e;
    }
  }

  private static Object take(CsvProducer producer) {
    try {
      return producer.messages.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading", e);
    }
  }

  private void checkEnd(String file, CsvProducer.End end, int headerFields, boolean emptyAllowed) {
    if (end.error() != null) {
      throw translate(file, end.error());
    }
    if (end.rows() < 0) {
      throw Rejections.file(
          IssueCode.FILE_EMPTY,
          file,
          file + " is empty: it has no header line. Export the file again with its header.");
    }
    if (end.lastMultiLine() && end.lastFieldCount() < headerFields) {
      throw Rejections.atLine(
          IssueCode.CSV_BROKEN_QUOTING,
          file,
          end.lastLine(),
          file
              + ": a quote (\") opened on line "
              + end.lastLine()
              + " is never closed, so the rest of the file reads as one value. Close the quote,"
              + " or double a quote that is part of a value (\"\").");
    }
    if (end.rows() == 0 && !emptyAllowed) {
      throw Rejections.file(
          IssueCode.FILE_NO_DATA_ROWS,
          file,
          file
              + " has a header but no data rows. A bulk file is the full list of its kind: leave"
              + " the file out of the upload to change nothing, or export it again with its rows.");
    }
  }

  private UploadRejected translate(String file, RuntimeException error) {
    if (error instanceof UploadRejected rejected) {
      return rejected;
    }
    if (error instanceof CsvParseException parse) {
      return parse.getCause() instanceof UploadRejected rejected
          ? rejected
          : parseFailure(file, parse);
    }
    if (error instanceof UncheckedIOException io) {
      return unreadable(file, io.getCause());
    }
    throw error;
  }

  private UploadRejected parseFailure(String file, CsvParseException e) {
    long line = Math.max(1, lineOf(e.getMessage()));
    String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
    if (cause != null && cause.toLowerCase(Locale.ROOT).contains("buffer")) {
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
            + quoteProblem(cause)
            + ". A quoted value must end with a quote followed by a comma or the end of the line;"
            + " write a quote inside a value as two quotes (\"\").");
  }

  /** FastCSV's finding in rosterd's words: which character followed a closing quote. */
  private static String quoteProblem(String cause) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("after closing quote: '(.)'")
            .matcher(String.valueOf(cause));
    return m.find() ? ": a closing quote is followed by '" + m.group(1) + "'" : "";
  }

  private static UploadRejected unreadable(String file, IOException e) {
    return Rejections.file(
        IssueCode.UPLOAD_UNREADABLE,
        file,
        file + " could not be read (" + e.getMessage() + "). Upload it again.");
  }

  /** FastCSV names the line in its message: "...record that started in line 17". */
  private static long lineOf(String message) {
    Matcher m = FASTCSV_LINE.matcher(message == null ? "" : message);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }

  private static void joinQuietly(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
