package io.rosterd.server.intake;

import io.rosterd.server.hash.Sha256;
import java.io.IOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records an upload when the client closes a file it wrote, or renames a file to a finished name.
 * MINA reports a client's CLOSE through {@link #closed}; handles still open when a connection drops
 * are reported through {@link #exiting} instead, and are never recorded: a transfer cut off mid-way
 * must not look complete.
 */
final class UploadTracker implements SftpEventListener {

  private static final Logger LOG = LoggerFactory.getLogger(UploadTracker.class);
  private static final AttributeKey<Boolean> WRITE_FAILED = new AttributeKey<>();
  private static final AttributeKey<StreamingDigest> DIGEST = new AttributeKey<>();

  private final UploadLog log;
  private final Clock clock;

  UploadTracker(UploadLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  @Override
  public void closed(ServerSession session, String remoteHandle, Handle handle, Throwable thrown)
      throws IOException {
    if (thrown == null && handle instanceof FileHandle file && wrote(file)) {
      boolean takenOver =
          file.getFileChannel() instanceof LimitedChannel channel && channel.takenOver();
      if (file.getAttribute(WRITE_FAILED) == null && !takenOver) {
        recordIfFinished(session, file.getFile(), file.getAttribute(DIGEST));
      } else {
        LOG.warn("SFTP upload failed, not recorded: {}", file.getFile());
      }
    }
  }

  /** A failed write (a limit, a full disk) spoils the file: its close is not a finished upload. */
  @Override
  public void written(
      ServerSession session,
      String remoteHandle,
      FileHandle file,
      long offset,
      byte[] data,
      int dataOffset,
      int dataLength,
      Throwable thrown) {
    if (thrown != null) {
      file.setAttribute(WRITE_FAILED, Boolean.TRUE);
      return;
    }
    StreamingDigest digest = file.getAttribute(DIGEST);
    if (digest == null) {
      digest = new StreamingDigest();
      file.setAttribute(DIGEST, digest);
    }
    digest.written(offset, data, dataOffset, dataLength);
  }

  @Override
  public void moved(
      ServerSession session,
      Path source,
      Path target,
      Collection<CopyOption> opts,
      Throwable thrown)
      throws IOException {
    if (thrown == null) {
      recordIfFinished(session, target, null);
    }
  }

  @Override
  public void exiting(ServerSession session, Handle handle) {
    if (handle instanceof FileHandle file && wrote(file)) {
      LOG.warn(
          "SFTP upload cut off, not recorded: {} of district {} from {}",
          file.getFile(),
          session.getAttribute(DistrictLogin.DISTRICT),
          DistrictLogin.address(session));
    }
  }

  private static boolean wrote(FileHandle file) {
    return file.getOpenOptions().contains(StandardOpenOption.WRITE)
        || file.getOpenOptions().contains(StandardOpenOption.APPEND);
  }

  private void recordIfFinished(ServerSession session, Path file, StreamingDigest digest)
      throws IOException {
    Path inHome = file.toAbsolutePath().normalize();
    String name = inHome.getFileName() == null ? "" : inHome.getFileName().toString();
    if (inHome.getNameCount() != 1 || !UploadNames.finished(name)) {
      return;
    }
    String district = DistrictFileSystems.district(session);
    long size = Files.size(file);
    Instant modified = Files.getLastModifiedTime(file).toInstant();
    String streamed = digest == null ? null : digest.hexIfComplete(size);
    Upload upload =
        new Upload(
            district,
            name,
            size,
            streamed != null ? streamed : Sha256.of(file, null).hex(),
            DistrictLogin.address(session),
            clock.instant(),
            modified);
    try {
      log.record(upload);
    } catch (RuntimeException e) { // the client is told, so it can upload again
      LOG.error("could not record the upload {} of district {}", name, district, e);
      throw new IOException("the upload could not be recorded; please upload it again", e);
    }
    LOG.info("SFTP upload: {} ({} bytes) of district {}", name, upload.size(), district);
  }
}
