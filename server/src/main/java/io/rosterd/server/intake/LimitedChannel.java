package io.rosterd.server.intake;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file channel that refuses a write past the file-size limit or the district's quota, with a
 * message naming the limit and its size (clients such as WinSCP show it to the user). The quota is
 * checked on every write that makes the file longer, against the district's {@link HomeUsage}, so
 * it also holds for uploads written at the same time.
 *
 * <p>A file with a refused write is removed when it is closed: it can never be finished, it would
 * keep taking the quota other uploads need, and a partial CSV must not be mistaken for an upload.
 */
final class LimitedChannel implements SeekableByteChannel {

  private static final Logger LOG = LoggerFactory.getLogger(LimitedChannel.class);

  private final SeekableByteChannel channel;
  private final Path file;
  private final long maxFileSize;
  private final HomeUsage usage;
  private final HomeUsage.Writer writer;
  private volatile boolean refused;
  private volatile boolean open = true;

  /**
   * Writes {@code file} (at the root of a home) of the district whose home {@code usage} counts, as
   * its {@code writer}, which was started before the file was opened.
   */
  LimitedChannel(
      SeekableByteChannel channel,
      Path file,
      long maxFileSize,
      HomeUsage usage,
      HomeUsage.Writer writer)
      throws IOException {
    this.channel = channel;
    this.file = file;
    this.maxFileSize = maxFileSize;
    this.usage = usage;
    this.writer = writer;
    usage.opened(writer, channel.size());
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    if (writer.takenOver()) {
      refused = true;
      throw takenOverRefusal();
    }
    long end = channel.position() + src.remaining();
    if (end > maxFileSize) {
      refused = true;
      throw fileTooLarge(maxFileSize);
    }
    if (!usage.grow(writer, end)) {
      refused = true;
      throw writer.takenOver() ? takenOverRefusal() : quotaReached(usage.quota());
    }
    return channel.write(src);
  }

  private SftpException takenOverRefusal() {
    return new SftpException(
        SftpConstants.SSH_FX_FAILURE,
        file.getFileName()
            + " was taken over by a newer upload of it after "
            + HomeUsage.TAKE_OVER_AFTER.toSeconds()
            + " s without a write; this one stops here");
  }

  static SftpException fileTooLarge(long maxFileSize) {
    return new SftpException(
        SftpConstants.SSH_FX_QUOTA_EXCEEDED, HomeLimits.fileTooLarge(maxFileSize));
  }

  static SftpException quotaReached(long quota) {
    return new SftpException(SftpConstants.SSH_FX_QUOTA_EXCEEDED, HomeLimits.quotaReached(quota));
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    return channel.read(dst);
  }

  @Override
  public long position() throws IOException {
    return channel.position();
  }

  @Override
  public SeekableByteChannel position(long newPosition) throws IOException {
    channel.position(newPosition);
    return this;
  }

  @Override
  public long size() throws IOException {
    return channel.size();
  }

  @Override
  public SeekableByteChannel truncate(long size) throws IOException {
    channel.truncate(size);
    usage.truncated(writer, size);
    return this;
  }

  /**
   * Open until closed here, whatever the file channel says: MINA closes only a channel that says it
   * is open, and an interrupted write (a dropped connection) closes the file channel under it; the
   * writer would then never let go of the name.
   */
  /** Whether a newer upload of the file took over: this one is then not a finished upload. */
  boolean takenOver() {
    return writer.takenOver();
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() throws IOException {
    if (!open) {
      return;
    }
    open = false;
    try {
      channel.close();
    } finally {
      // removed while the name is still ours, so no newer upload of it can have begun; a
      // taken-over upload's file is the newer upload's already: not ours to remove
      try {
        if (refused && !writer.takenOver() && Files.deleteIfExists(file)) {
          LOG.warn("SFTP upload refused by a limit, its partial file removed: {}", file);
        }
      } finally {
        usage.closed(writer);
      }
    }
  }
}
