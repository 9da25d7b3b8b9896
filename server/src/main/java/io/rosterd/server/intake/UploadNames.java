package io.rosterd.server.intake;

import java.util.Locale;

/** Which names in a home are finished uploads, and which are still being written. */
final class UploadNames {

  private UploadNames() {}

  /**
   * False for names clients write under before renaming (WinSCP's {@code .filepart}, FileZilla's
   * and others' {@code .part}, {@code .tmp}) and hidden names; the scheduler ignores the same.
   */
  static boolean finished(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return !(name.startsWith(".")
        || lower.endsWith(".filepart")
        || lower.endsWith(".part")
        || lower.endsWith(".tmp"));
  }
}
