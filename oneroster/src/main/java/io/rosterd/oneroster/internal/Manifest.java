package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.Mode;
import java.util.Locale;
import java.util.Map;

/**
 * What manifest.csv says: a mode for each OneRoster file it lists, keyed by the file's name in
 * lower case ({@code users.csv}). {@link #NONE} stands for an upload without a manifest.
 */
record Manifest(boolean present, Map<String, Mode> modes) {
  static final Manifest NONE = new Manifest(false, Map.of());

  /** A manifest that was refused: already reported, so files are read as bulk without it. */
  static final Manifest UNREADABLE = new Manifest(false, Map.of());

  /** The listed mode of a file, or null when the manifest does not list it. */
  Mode modeOf(String fileName) {
    return modes.get(fileName.toLowerCase(Locale.ROOT));
  }
}
