package io.rosterd.oneroster;

import java.util.Locale;

/**
 * Names of files still being written by an SFTP client (WinSCP's {@code .filepart}, FileZilla's
 * {@code .part}, {@code .tmp}, dot-files): never read, never taken into a run.
 */
public final class TempNames {
  private TempNames() {}

  public static boolean isTemporary(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return name.startsWith(".")
        || lower.endsWith(".filepart")
        || lower.endsWith(".part")
        || lower.endsWith(".tmp");
  }
}
