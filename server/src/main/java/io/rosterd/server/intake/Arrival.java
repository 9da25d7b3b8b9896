package io.rosterd.server.intake;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A file at the root of a district's drop box, and whether a run may take it.
 *
 * @param finishedAt when its upload finished (by rosterd's clock); null unless {@code FINISHED}
 * @param lastWritten the file's last-modified time on the disk (wall-clock time)
 */
public record Arrival(Path file, State state, Instant finishedAt, Instant lastWritten) {

  public enum State {
    /** Uploaded, closed, and not written since: a run may take it. */
    FINISHED("finished; waits for the files still being written, to be taken with them"),
    /** Open for writing, written again since its upload, or not uploaded through rosterd. */
    NOT_FINISHED("still being written, or not uploaded through rosterd"),
    /** A name clients write under before renaming ({@code .filepart}, {@code .part}, hidden). */
    TEMPORARY("a temporary name; rename it to its final name when the upload is complete");

    private final String reason;

    State(String reason) {
      this.reason = reason;
    }

    /** Why a file in this state is left for a later run, for the district's report. */
    public String reason() {
      return reason;
    }
  }

  public String name() {
    return file.getFileName().toString();
  }
}
