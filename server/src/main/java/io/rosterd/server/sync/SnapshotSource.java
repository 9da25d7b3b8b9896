package io.rosterd.server.sync;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a run's files come from when they are moved, not copied: the district's drop box. The run
 * asks for them once its record exists, and hands them back if it cannot go on, so nothing uploaded
 * is lost either way.
 */
public interface SnapshotSource {

  /** Moves the files the run takes into {@code folder} (made by the caller). */
  void moveInto(Path folder) throws IOException;

  /** Returns what is in {@code folder} to where it came from; what cannot go back stays there. */
  void putBack(Path folder);
}
