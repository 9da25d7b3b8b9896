package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.IssueCode;
import io.rosterd.oneroster.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** An upload that is one zip: its entries must sit at the root and stay within the limits. */
final class ZipSource implements UploadSource {
  /** Finder adds these resource-fork entries to every zip made on a Mac; they carry no data. */
  private static final String MAC_METADATA = "__MACOSX/";

  private final ZipFile zip;
  private final String zipName;
  private final ReadLimits limits;
  private final ZipBudget budget;
  private final List<String> names;

  ZipSource(Path path, ReadLimits limits) {
    this.zipName = path.getFileName().toString();
    this.limits = limits;
    this.budget = new ZipBudget(limits.maxTotalBytes());
    this.zip = openZip(path);
    try {
      this.names = checkedNames();
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private ZipFile openZip(Path path) {
    try {
      return new ZipFile(path.toFile());
    } catch (IOException | RuntimeException e) {
      throw Rejections.upload(
          IssueCode.ZIP_UNREADABLE,
          zipName
              + " is not a readable zip file ("
              + e.getMessage()
              + "). Create the zip again with a standard tool, or upload the CSV files"
              + " themselves.");
    }
  }

  private List<String> checkedNames() {
    List<String> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Enumeration<? extends ZipEntry> entries = zip.entries();
    int count = 0;
    while (entries.hasMoreElements()) {
      ZipEntry entry = entries.nextElement();
      if (++count > limits.maxZipEntries()) {
        throw Rejections.upload(
            IssueCode.ZIP_TOO_MANY_ENTRIES,
            String.format(
                "%s holds more than %,d entries; a OneRoster upload needs at most a few. Zip only"
                    + " manifest.csv, orgs.csv, users.csv and roles.csv.",
                zipName, limits.maxZipEntries()));
      }
      String name = entry.getName();
      if (name.startsWith(MAC_METADATA)) {
        continue;
      }
      checkSafe(name);
      if (!seen.add(name)) {
        throw Rejections.upload(
            IssueCode.ZIP_DUPLICATE_ENTRY,
            zipName + " holds " + name + " twice; it is unclear which to use. Zip each file once.");
      }
      found.add(name);
    }
    return found.stream().sorted().toList();
  }

  private void checkSafe(String name) {
    boolean climbs = name.equals("..") || name.startsWith("../") || name.contains("/../");
    boolean absolute =
        name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*");
    if (climbs || absolute || name.contains("\\..") || name.endsWith("/..")) {
      throw unsafe(name, "points outside the zip");
    }
    if (name.contains("/") || name.contains("\\")) {
      throw unsafe(
          name,
          "is inside a folder; the files must be at the root of the zip (zip the files, not the"
              + " folder that holds them)");
    }
  }

  private UploadRejected unsafe(String name, String why) {
    return Rejections.upload(
        IssueCode.ZIP_UNSAFE_ENTRY,
        "The entry \"" + name + "\" in " + zipName + " " + why + "; nothing was read.");
  }

  @Override
  public List<String> names() {
    return names;
  }

  @Override
  public long size(String name) {
    return zip.getEntry(name).getSize();
  }

  @Override
  public InputStream open(String name) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    long compressed = entry.getCompressedSize() < 0 ? Long.MAX_VALUE : entry.getCompressedSize();
    return new LimitedInputStream(
        zip.getInputStream(entry),
        name,
        limits.maxFileBytes(),
        compressed,
        limits.maxCompressionRatio(),
        budget);
  }

  @Override
  public void close() {
    try {
      zip.close();
    } catch (IOException e) {
      // Closing a zip that was only read cannot lose data; nothing to report.
    }
  }
}
