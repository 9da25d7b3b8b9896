package io.rosterd.server.intake;

import io.rosterd.server.hash.Sha256;
import java.security.MessageDigest;

/**
 * The SHA-256 of an upload, computed from its writes as they arrive, so a finished upload needs no
 * second read of the file. Only valid while the writes come in order from offset 0 (as OpenSSH,
 * WinSCP and curl send them); otherwise the file is hashed when it is closed.
 */
final class StreamingDigest {
  private final MessageDigest digest = Sha256.digest();
  private long next;
  private boolean inOrder = true;

  void written(long offset, byte[] data, int from, int length) {
    if (inOrder && offset == next) {
      digest.update(data, from, length);
      next += length;
    } else {
      inOrder = false;
    }
  }

  /** The hex SHA-256 if every byte of a file of {@code size} bytes was seen in order; else null. */
  String hexIfComplete(long size) {
    return inOrder && next == size ? Sha256.hex(digest) : null;
  }
}
