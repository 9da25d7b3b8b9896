package io.rosterd.server.sync;

import java.nio.file.Path;

/**
 * A run whose files are safely in its archive: {@code unchanged} is set when they are the same
 * files as the last applied run's, and the run is then already finished.
 */
record Snapshot(long run, Path folder, RunOutcome unchanged) {}
