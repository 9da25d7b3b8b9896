package io.rosterd.server.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The bytes one district's home takes, kept while uploads are written so that uploads running at
 * the same time share the quota: a write that makes a file longer is allowed only if the files on
 * disk that no one is writing, plus how far every open upload has got, plus this write, stay within
 * it. Checking at open time alone let two uploads pass together what each passed alone.
 *
 * <p>The files on disk are listed again after an upload closes or a file is renamed or removed, and
 * at least every second (the scheduler archives files from outside); never per write. One instance
 * per district and server, so the quota holds within one rosterd process.
 */
final class HomeUsage {

  private static final long RECOUNT_NANOS = TimeUnit.SECONDS.toNanos(1);

  /**
   * An SFTP upload that has written nothing for this long may be taken over by a new one of the
   * same name: a client whose network died holds its connection until the idle timeout, and its
   * retry must not be refused for that long.
   */
  static final Duration TAKE_OVER_AFTER = Duration.ofSeconds(30);

  /** A file open for writing: how far its writes have reached (its size when opened, at first). */
  static final class Writer {
    private final String name;
    private final boolean mayBeTakenOver;
    private long end;
    private long lastWriteNanos;
    private volatile boolean takenOver;

    private Writer(String name, long end, boolean mayBeTakenOver, long now) {
      this.name = name;
      this.end = end;
      this.mayBeTakenOver = mayBeTakenOver;
      this.lastWriteNanos = now;
    }

    /** Another upload of the name took over: this one may write no more and is not recorded. */
    boolean takenOver() {
      return takenOver;
    }
  }

  private final DropBox dropBox;
  private final String district;
  private final long quota;
  private final LongSupplier nanos;
  private final List<Writer> writers = new ArrayList<>();
  private Map<String, Long> onDisk = Map.of();
  private long countedAt;
  private boolean stale = true;

  HomeUsage(DropBox dropBox, String district, long quota) {
    this(dropBox, district, quota, System::nanoTime);
  }

  /** With {@code nanos} as the clock that says how long an upload has been idle. */
  HomeUsage(DropBox dropBox, String district, long quota, LongSupplier nanos) {
    this.dropBox = dropBox;
    this.district = district;
    this.quota = quota;
    this.nanos = nanos;
  }

  long quota() {
    return quota;
  }

  /**
   * Starts writing file {@code name}, of {@code size} bytes so far; refuses while anyone else (an
   * SFTP connection, an HTTPS upload) writes that name, since two writers of one file interleave or
   * replace each other's bytes.
   */
  synchronized Writer opened(String name, long size) {
    return opened(name, size, false);
  }

  /**
   * As {@link #opened(String, long)}, for an SFTP upload when {@code overSftp}: it takes over from
   * an SFTP upload of the name that has written nothing for {@link #TAKE_OVER_AFTER}, and gives way
   * so itself.
   */
  synchronized Writer opened(String name, long size, boolean overSftp) {
    long now = nanos.getAsLong();
    clearFor(name, overSftp, now);
    Writer writer = new Writer(name, size, overSftp, now);
    writers.add(writer);
    return writer;
  }

  /**
   * Refuses while anyone writes {@code name}, as an SFTP rename or removal of it would pull it from
   * under them; a stalled SFTP upload is taken over as by a new upload.
   */
  synchronized void requireNotWriting(String name) {
    clearFor(name, true, nanos.getAsLong());
  }

  /** Refuses while {@code name} is written, but for stalled SFTP uploads, which stop here. */
  private void clearFor(String name, boolean overSftp, long now) {
    List<Writer> stalled = new ArrayList<>();
    for (Writer other : writers) {
      if (!other.name.equals(name)) {
        continue;
      }
      boolean idle = now - other.lastWriteNanos >= TAKE_OVER_AFTER.toNanos();
      if (!(overSftp && other.mayBeTakenOver && idle)) {
        throw busy(name);
      }
      stalled.add(other);
    }
    for (Writer other : stalled) {
      other.takenOver = true;
      writers.remove(other);
    }
  }

  private static UploadRefusedException busy(String name) {
    return new UploadRefusedException(
        UploadRefusedException.Reason.BUSY,
        name
            + " is being uploaded by another connection right now; upload it again when that"
            + " upload has finished");
  }

  /** The writer's file turned out to hold {@code size} bytes when it was opened. */
  synchronized void opened(Writer writer, long size) {
    writer.end = size;
  }

  /** The writer's file is closed: its size is on disk now. Closing twice is harmless. */
  synchronized void closed(Writer writer) {
    writers.remove(writer);
    stale = true;
  }

  /** A file was renamed or removed. */
  synchronized void changed() {
    stale = true;
  }

  /**
   * Lets {@code writer} reach {@code end} if the home stays within the quota and no newer upload
   * took over its file; else false.
   */
  synchronized boolean grow(Writer writer, long end) {
    if (writer.takenOver) {
      return false;
    }
    writer.lastWriteNanos = nanos.getAsLong();
    if (end <= writer.end) {
      return true;
    }
    if (bytesWith(writer.name, end) > quota) {
      return false;
    }
    writer.end = end;
    return true;
  }

  /** The file was cut to {@code size}: its writes reach no further. */
  synchronized void truncated(Writer writer, long size) {
    writer.end = Math.min(writer.end, size);
  }

  /**
   * The home's bytes if file {@code name} took {@code size}: open files count as far as their
   * writes reached (two writers of one name count once, the further), the rest as on disk.
   */
  private long bytesWith(String name, long size) {
    Map<String, Long> open = new HashMap<>();
    open.put(name, size);
    for (Writer writer : writers) {
      open.merge(writer.name, writer.end, Math::max);
    }
    long bytes = 0;
    for (long reach : open.values()) {
      bytes += reach;
    }
    for (Map.Entry<String, Long> file : onDisk().entrySet()) {
      if (!open.containsKey(file.getKey())) {
        bytes += file.getValue();
      }
    }
    return bytes;
  }

  private Map<String, Long> onDisk() {
    if (stale || nanos.getAsLong() - countedAt > RECOUNT_NANOS) {
      Map<String, Long> sizes = new HashMap<>();
      for (Path file : dropBox.files(district)) {
        sizes.put(file.getFileName().toString(), size(file));
      }
      onDisk = sizes;
      countedAt = nanos.getAsLong();
      stale = false;
    }
    return onDisk;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (NoSuchFileException e) { // removed or archived since it was listed
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the size of " + file, e);
    }
  }
}
