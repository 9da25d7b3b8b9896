package io.rosterd.server.intake;

import io.rosterd.server.hash.Sha256;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes files handed over whole (the HTTP API's and the web page's uploads) into a district's drop
 * box under the SFTP drop box's rules and limits ({@link HomeLimits}, shared with the SFTP server),
 * and records each in the uploads table as the SFTP tracker does, so the scheduler takes it the
 * same way. A request is all or nothing: every name and size is checked, and the quota reserved,
 * before a byte is written.
 */
public final class UploadReceiver {
  private static final Logger LOG = LoggerFactory.getLogger(UploadReceiver.class);

  private final DropBox dropBox;
  private final HomeLimits limits;
  private final UploadLog log;
  private final Clock clock;

  public UploadReceiver(DropBox dropBox, HomeLimits limits, UploadLog log, Clock clock) {
    this.dropBox = dropBox;
    this.limits = limits;
    this.log = log;
    this.clock = clock;
  }

  /** The limits files are held to: the SFTP drop box's. */
  public HomeLimits limits() {
    return limits;
  }

  /** A file to take: its name as sent, its size, and a way to read it (once). */
  public record Incoming(String name, long size, Source content) {}

  /** Opens the bytes of an incoming file. */
  @FunctionalInterface
  public interface Source {
    InputStream open() throws IOException;
  }

  /**
   * Whether {@link #receive} would take the files now, by their names and sizes, without writing
   * anything: for a sender that checks more before it sends (the web page validates the files
   * first), so a file a limit refuses is refused before that work. {@code receive} checks again.
   *
   * @throws UploadRefusedException when a name or a limit refuses a file
   */
  public void check(String district, List<Incoming> files) {
    check(files);
    HomeUsage usage = limits.usage(district);
    reserveAll(usage, files).forEach(usage::closed);
  }

  /**
   * Writes the files into the district's drop box and records them.
   *
   * @throws UploadRefusedException when a name or a limit refuses a file; nothing is written then
   */
  public List<Upload> receive(String district, List<Incoming> files, String clientAddress) {
    check(files);
    HomeUsage usage = limits.usage(district);
    List<HomeUsage.Writer> reserved = reserveAll(usage, files);
    try {
      List<Upload> uploads = new ArrayList<>();
      for (Incoming file : files) {
        uploads.add(take(district, file, clientAddress));
      }
      return uploads;
    } finally {
      reserved.forEach(usage::closed);
    }
  }

  private void check(List<Incoming> files) {
    Set<String> names = new HashSet<>();
    for (Incoming file : files) {
      UploadNames.problemOfGivenName(file.name())
          .ifPresent(
              problem -> {
                throw new UploadRefusedException(UploadRefusedException.Reason.NAME, problem);
              });
      if (!names.add(file.name())) {
        throw new UploadRefusedException(
            UploadRefusedException.Reason.NAME, file.name() + " is sent twice; send it once");
      }
      if (file.size() > limits.maxFileSize()) {
        throw new UploadRefusedException(
            UploadRefusedException.Reason.FILE_SIZE_LIMIT,
            file.name()
                + ": "
                + HomeLimits.fileTooLarge(limits.maxFileSize())
                + "; it is "
                + Sizes.describe(file.size()));
      }
    }
  }

  /** Reserves every file, or none: a refusal releases the files reserved before it. */
  private static List<HomeUsage.Writer> reserveAll(HomeUsage usage, List<Incoming> files) {
    List<HomeUsage.Writer> reserved = new ArrayList<>();
    try {
      for (Incoming file : files) {
        reserved.add(reserve(usage, file));
      }
      return reserved;
    } catch (RuntimeException e) {
      reserved.forEach(usage::closed);
      throw e;
    }
  }

  /**
   * Counts the file in the district's usage before it is written, under its final name: it replaces
   * a file of that name, as an SFTP upload over it does.
   */
  private static HomeUsage.Writer reserve(HomeUsage usage, Incoming file) {
    HomeUsage.Writer writer = usage.opened(file.name(), 0);
    if (!usage.grow(writer, file.size())) {
      usage.closed(writer);
      throw new UploadRefusedException(
          UploadRefusedException.Reason.QUOTA,
          file.name()
              + ": "
              + HomeLimits.quotaReached(usage.quota())
              + "; remove files from the drop box or wait for the next run to take them");
    }
    return writer;
  }

  private Upload take(String district, Incoming file, String clientAddress) {
    MessageDigest digest = Sha256.digest();
    Path written =
        dropBox.receive(
            district,
            file.name(),
            out -> {
              try (InputStream in = file.content().open();
                  OutputStream limited = new Bounded(new DigestOutputStream(out, digest), file)) {
                in.transferTo(limited);
              }
            });
    Upload upload = recorded(district, file.name(), written, digest, clientAddress);
    LOG.info("HTTPS upload: {} ({} bytes) of district {}", file.name(), upload.size(), district);
    return upload;
  }

  private Upload recorded(
      String district, String name, Path file, MessageDigest digest, String clientAddress) {
    try {
      Upload upload =
          new Upload(
              district,
              name,
              Files.size(file),
              Sha256.hex(digest),
              clientAddress,
              clock.instant(),
              Files.getLastModifiedTime(file).toInstant());
      log.record(upload);
      return upload;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("could not read the upload " + file, e);
    }
  }

  /** Refuses bytes past the size the file was reserved with: the quota counted that size. */
  private static final class Bounded extends FilterOutputStream {
    private final Incoming file;
    private long written;

    Bounded(OutputStream out, Incoming file) {
      super(out);
      this.file = file;
    }

    @Override
    public void write(int b) throws IOException {
      grow(1);
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      grow(len);
      out.write(b, off, len);
    }

    private void grow(long n) throws IOException {
      written += n;
      if (written > file.size()) {
        throw new IOException(file.name() + " is longer than the " + file.size() + " bytes sent");
      }
    }

    @Override
    public void close() {
      // the drop box closes the file; closing here would close it under the rename
    }
  }
}
