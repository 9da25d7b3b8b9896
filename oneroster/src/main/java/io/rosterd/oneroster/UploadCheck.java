package io.rosterd.oneroster;

import io.rosterd.oneroster.internal.UploadReading;
import java.nio.file.Path;

/**
 * Reads and checks one upload — a folder or a {@code .zip} of OneRoster 1.2 CSV files — streaming,
 * in bounded memory. The entry point of this library.
 */
public final class UploadCheck {

  private UploadCheck() {}

  /** Checks an upload on its own, as {@code rosterd validate} does. */
  public static UploadResult run(Path upload, ReadOptions options) {
    return run(upload, options, KnownRoster.EMPTY, RowSink.NONE);
  }

  /**
   * Checks an upload against what the district already has, handing every accepted row to {@code
   * sink}. Never throws for bad input: every problem with the upload is an issue in the result.
   */
  public static UploadResult run(
      Path upload, ReadOptions options, KnownRoster known, RowSink sink) {
    return new UploadReading(upload, options, known, sink).run();
  }
}
