package io.rosterd.oneroster.internal;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Parses one CSV file on its own thread and hands its rows over in batches, so that parsing and
 * checking use both cores. It reports nothing itself: every failure travels to the checking thread
 * in the final {@link End} message, in order.
 */
final class CsvProducer implements Runnable {
  /** The header, sent first; the checking thread answers with the field mapping. */
  record Header(List<String> names) {}

  /** The last message: how many rows, the last row's shape, and the failure if there was one. */
  record End(
      long rows, long lastLine, int lastFieldCount, boolean lastMultiLine, RuntimeException error) {
    static End failed(RuntimeException error) {
      return new End(0, 0, 0, false, error);
    }
  }

  private static final int BATCHES = 3;

  final BlockingQueue<Object> messages = new ArrayBlockingQueue<>(BATCHES + 2);
  final BlockingQueue<RowBatch> free = new ArrayBlockingQueue<>(BATCHES);
  final CompletableFuture<int[]> mapping = new CompletableFuture<>();
  private final InputStream input;
  private final String file;
  private final CsvReader.CsvReaderBuilder builder;
  private volatile boolean cancelled;

  CsvProducer(InputStream input, String file, CsvReader.CsvReaderBuilder builder, int columns) {
    this.input = input;
    this.file = file;
    this.builder = builder;
    for (int i = 0; i < BATCHES; i++) {
      free.add(new RowBatch(columns));
    }
  }

  void cancel() {
    cancelled = true;
    mapping.cancel(false);
  }

  @Override
  public void run() {
    RowHandler handler = new RowHandler();
    try (Utf8Reader reader = new Utf8Reader(input, file);
        CsvReader<RawRow> csv = builder.build(handler, reader)) {
      send(produce(handler, csv.iterator()));
    } catch (Cancelled e) {
      // The checking thread stopped listening; nothing is waiting for a result.
    } catch (RuntimeException e) {
      sendQuietly(End.failed(e));
    } catch (IOException e) {
      sendQuietly(End.failed(new UncheckedIOException(e)));
    }
  }

  private End produce(RowHandler handler, Iterator<RawRow> records) {
    if (!records.hasNext()) {
      return null;
    }
    records.next();
    send(new Header(List.copyOf(handler.header())));
    handler.mapFields(awaitMapping());
    RowBatch batch = takeFree();
    handler.fill(batch);
    long rows = 0;
    RawRow last = null;
    while (records.hasNext()) {
      last = records.next();
      rows++;
      if (batch.size > RowBatch.CAPACITY) {
        batch = sendFullKeepingNewest(handler, batch);
      }
    }
    if (last != null
        && last.multiLineQuoted
        && last.fieldCount < HeaderShape.of(handler.header()).named()) {
      last.unclosedQuote = true;
    }
    send(batch);
    return last == null
        ? new End(0, 0, 0, false, null)
        : new End(rows, last.line, last.fieldCount, last.multiLineQuoted, null);
  }

  /**
   * A batch is sent only once the record after it is parsed (into its spare slot), so the last
   * record of a file is always still in hand when the file ends. That record moves to the next
   * batch.
   */
  private RowBatch sendFullKeepingNewest(RowHandler handler, RowBatch full) {
    RowBatch next = takeFree();
    handler.fill(next);
    RawRow newest = full.rows[RowBatch.CAPACITY];
    full.rows[RowBatch.CAPACITY] = next.rows[0];
    next.rows[0] = newest;
    full.size = RowBatch.CAPACITY;
    next.size = 1;
    send(full);
    return next;
  }

  private int[] awaitMapping() {
    try {
      return mapping.get();
    } catch (ExecutionException | java.util.concurrent.CancellationException e) {
      throw new Cancelled();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Cancelled();
    }
  }

  private RowBatch takeFree() {
    try {
      RowBatch batch;
      while ((batch = free.poll(50, TimeUnit.MILLISECONDS)) == null) {
        checkCancelled();
      }
      return batch;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Cancelled();
    }
  }

  /** Sends a message; a null End means "no header at all". */
  private void send(Object message) {
    try {
      Object m = message == null ? new End(-1, 0, 0, false, null) : message;
      while (!messages.offer(m, 50, TimeUnit.MILLISECONDS)) {
        checkCancelled();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Cancelled();
    }
  }

  private void sendQuietly(End end) {
    try {
      send(end);
    } catch (Cancelled e) {
      // Nobody is listening any more.
    }
  }

  private void checkCancelled() {
    if (cancelled) {
      throw new Cancelled();
    }
  }

  /** Unwinds the parsing thread once the checking thread has stopped. */
  private static final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super(null, null, false, false);
    }
  }
}
