package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.IssueCode;
import io.rosterd.oneroster.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** An upload that is a folder: the regular files at its root (sub-folders are not looked at). */
final class FolderSource implements UploadSource {
  private final Path folder;
  private final ReadLimits limits;

  FolderSource(Path folder, ReadLimits limits) {
    this.folder = folder;
    this.limits = limits;
  }

  @Override
  public List<String> names() {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw Rejections.upload(
          IssueCode.UPLOAD_UNREADABLE,
          "The folder " + folder + " could not be listed (" + e.getMessage() + ").");
    }
  }

  @Override
  public long size(String name) {
    try {
      return Files.size(folder.resolve(name));
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public InputStream open(String name) throws IOException {
    InputStream in = Files.newInputStream(folder.resolve(name), LinkOption.NOFOLLOW_LINKS);
    return new LimitedInputStream(in, name, limits.maxFileBytes(), Long.MAX_VALUE, 0);
  }

  @Override
  public void close() {}
}
