package io.rosterd.server.intake;

import io.rosterd.oneroster.TempNames;

/** Which names in a home are finished uploads, and which are still being written. */
final class UploadNames {

  private UploadNames() {}

  /**
   * False for names clients write under before renaming (WinSCP's {@code .filepart}, FileZilla's
   * and others' {@code .part}, {@code .tmp}) and hidden names; runs ignore the same.
   */
  static boolean finished(String name) {
    return !TempNames.isTemporary(name);
  }
}
