package io.rosterd.server.intake;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/**
 * A file channel that refuses a write past the file-size limit or the district's quota, with a
 * message naming the limit and its size (clients such as WinSCP show it to the user).
 */
final class LimitedChannel implements SeekableByteChannel {

  private final SeekableByteChannel channel;
  private final long maxFileSize;
  private final long allowance;
  private final long quota;

  LimitedChannel(SeekableByteChannel channel, long maxFileSize, long allowance, long quota) {
    this.channel = channel;
    this.maxFileSize = maxFileSize;
    this.allowance = allowance;
    this.quota = quota;
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    long end = channel.position() + src.remaining();
    if (end > maxFileSize) {
      throw fileTooLarge(maxFileSize);
    }
    if (end > allowance) {
      throw new SftpException(
          SftpConstants.SSH_FX_QUOTA_EXCEEDED,
          "district quota of " + Sizes.describe(quota) + " reached");
    }
    return channel.write(src);
  }

  static SftpException fileTooLarge(long maxFileSize) {
    return new SftpException(
        SftpConstants.SSH_FX_QUOTA_EXCEEDED,
        "file size limit of " + Sizes.describe(maxFileSize) + " reached");
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
    return this;
  }

  @Override
  public boolean isOpen() {
    return channel.isOpen();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
