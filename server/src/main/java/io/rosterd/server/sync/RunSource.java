package io.rosterd.server.sync;

/** What started a run, as stored in {@code runs.source}. */
public final class RunSource {
  /** {@code rosterd import}: a copy of files from elsewhere. */
  public static final String IMPORT = "import";

  /** The scheduler, with the drop box's files. */
  public static final String SCHEDULED = "scheduled";

  /** Somebody asked for a run now, with the drop box's files. */
  public static final String RUN_NOW = "run-now";

  private RunSource() {}
}
