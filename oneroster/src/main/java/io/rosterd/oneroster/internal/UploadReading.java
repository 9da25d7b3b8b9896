package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.FileKind;
import io.rosterd.oneroster.FileReport;
import io.rosterd.oneroster.IssueCode;
import io.rosterd.oneroster.KnownRoster;
import io.rosterd.oneroster.Mode;
import io.rosterd.oneroster.ReadOptions;
import io.rosterd.oneroster.RowSink;
import io.rosterd.oneroster.TempNames;
import io.rosterd.oneroster.UploadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one upload from start to end: opens it, sorts its file names, reads the manifest, then
 * orgs, users and roles in that order, and gathers the result. The one place the whole read is
 * visible.
 */
public final class UploadReading {
  private final Path upload;
  private final ReadOptions options;
  private final KnownRoster known;
  private final RowSink sink;
  private final IssueLog log;
  private final List<FileReport> reports = new ArrayList<>();
  private final List<FileReport> ignored = new ArrayList<>();

  public UploadReading(Path upload, ReadOptions options, KnownRoster known, RowSink sink) {
    this.upload = upload;
    this.options = options;
    this.known = known;
    this.sink = sink;
    this.log = new IssueLog(options.maxIssues());
  }

  public UploadResult run() {
    try (UploadSource source = open()) {
      read(source);
    } catch (UploadRejected e) {
      log.add(e.issue());
    }
    reports.addAll(ignored);
    return new UploadResult(status(), reports, log.listed(), log.counts());
  }

  private UploadSource open() {
    if (Files.isDirectory(upload)) {
      FolderSource folder = new FolderSource(upload, options.limits());
      List<String> names = folder.names();
      Optional<String> zip = loneZip(names);
      if (zip.isEmpty()) {
        return folder;
      }
      // One .zip holding the files, and other files beside it: those are ignored, and said so.
      List<String> others = names.stream().filter(n -> !n.equals(zip.get())).toList();
      new UploadNames(options.strictMode(), log, ignored).sort(others);
      return new ZipSource(upload.resolve(zip.get()), options.limits());
    }
    if (!Files.isRegularFile(upload)) {
      throw Rejections.upload(
          IssueCode.UPLOAD_UNREADABLE,
          upload + " does not exist. Give the folder or .zip file that holds the upload.");
    }
    if (upload.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      throw Rejections.upload(
          IssueCode.UPLOAD_UNREADABLE,
          upload
              + " is a single file; an upload is a folder or a .zip holding orgs.csv, users.csv,"
              + " roles.csv and manifest.csv. Put the files in one folder and give that folder.");
    }
    return new ZipSource(upload, options.limits());
  }

  /** The folder's one .zip, when it holds no loose roster file: then the zip is the upload. */
  private static Optional<String> loneZip(List<String> names) {
    List<String> looked = names.stream().filter(n -> !TempNames.isTemporary(n)).toList();
    List<String> zips =
        looked.stream().filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".zip")).toList();
    boolean looseRosterFile = looked.stream().anyMatch(n -> FileKind.ofFileName(n).isPresent());
    return zips.size() == 1 && !looseRosterFile ? Optional.of(zips.get(0)) : Optional.empty();
  }

  private void read(UploadSource source) {
    Map<FileKind, String> files = new UploadNames(options.strictMode(), log, ignored).sort(source);
    Manifest manifest = readManifest(source, files);
    Map<FileKind, Mode> modes =
        new ManifestAgreement(options.strictMode(), log).modes(manifest, files, source.names());
    if (!files.containsKey(FileKind.ORGS)
        && !files.containsKey(FileKind.USERS)
        && !files.containsKey(FileKind.ROLES)
        && !files.containsKey(FileKind.MANIFEST)) {
      throw Rejections.upload(
          IssueCode.UPLOAD_NO_ROSTER_FILES,
          "The upload holds none of orgs.csv, users.csv, roles.csv or manifest.csv, so there is"
              + " nothing to import. Check the file names: they are exact and lower case.");
    }
    readRosterFiles(source, files, modes);
  }

  private Manifest readManifest(UploadSource source, Map<FileKind, String> files) {
    if (!files.containsKey(FileKind.MANIFEST)) {
      return Manifest.NONE;
    }
    try {
      Manifest manifest = new ManifestReading(options.strictMode(), log).read(source);
      boolean refused = manifest == Manifest.UNREADABLE;
      reports.add(
          new FileReport(
              ManifestReading.FILE,
              "manifest",
              null,
              0,
              0,
              0,
              refused ? FileReport.REJECTED : FileReport.READ,
              refused ? "manifest.csv has values that are not bulk, delta or absent" : ""));
      return manifest;
    } catch (UploadRejected e) {
      if (e.issue().code() == IssueCode.UPLOAD_OLD_ONEROSTER) {
        throw e;
      }
      log.add(e.issue());
      reports.add(
          new FileReport(
              ManifestReading.FILE,
              "manifest",
              null,
              0,
              0,
              0,
              FileReport.REJECTED,
              e.getMessage()));
      return Manifest.UNREADABLE;
    }
  }

  private void readRosterFiles(
      UploadSource source, Map<FileKind, String> files, Map<FileKind, Mode> modes) {
    boolean strict = options.strictMode();
    CsvFileReader reader =
        new CsvFileReader(
            source, options.limits(), strict, log, !files.containsKey(FileKind.ROLES));
    OrgDirectory orgs = new OrgDirectory(known);
    UserDirectory users = new UserDirectory(known, expectedRows(source, files, FileKind.USERS));
    if (files.containsKey(FileKind.ORGS)) {
      OrgsPass pass = new OrgsPass(orgs, modes.get(FileKind.ORGS));
      readFile(
          FileKind.ORGS,
          files,
          modes,
          () -> pass.read(reader, FileKind.ORGS.fileName(), log, sink),
          orgs::markUnavailable);
    }
    if (files.containsKey(FileKind.USERS)) {
      UsersPass pass =
          new UsersPass(
              orgs,
              users,
              known,
              modes.get(FileKind.USERS),
              expectedRows(source, files, FileKind.USERS));
      readFile(
          FileKind.USERS,
          files,
          modes,
          () -> pass.read(reader, FileKind.USERS.fileName(), sink),
          users::markUnavailable);
    }
    if (files.containsKey(FileKind.ROLES)) {
      RolesPass pass =
          new RolesPass(
              orgs, users, modes.get(FileKind.ROLES), expectedRows(source, files, FileKind.ROLES));
      readFile(
          FileKind.ROLES,
          files,
          modes,
          () -> pass.read(reader, FileKind.ROLES.fileName(), sink),
          () -> {});
    }
  }

  private void readFile(
      FileKind kind,
      Map<FileKind, String> files,
      Map<FileKind, Mode> modes,
      java.util.function.Supplier<FileTally> pass,
      Runnable onRejected) {
    String name = files.get(kind);
    Mode mode = modes.get(kind);
    if (mode == Mode.ABSENT) {
      return;
    }
    try {
      FileTally tally = pass.get();
      log.flush(name);
      reports.add(
          new FileReport(
              name,
              kind.label(),
              mode,
              tally.rows,
              tally.accepted,
              tally.skipped,
              FileReport.READ,
              ""));
    } catch (UploadRejected e) {
      log.flush(name);
      log.add(e.issue());
      onRejected.run();
      reports.add(
          new FileReport(name, kind.label(), mode, 0, 0, 0, FileReport.REJECTED, e.getMessage()));
    }
  }

  /**
   * About how many rows a file holds, from its size (real exports run 80-200 bytes a row), so the
   * hash tables start at their size instead of doubling their way there.
   */
  private static int expectedRows(UploadSource source, Map<FileKind, String> files, FileKind kind) {
    String name = files.get(kind);
    long bytes = name == null ? -1 : source.size(name);
    return (int) Math.max(1 << 12, Math.min(bytes / 80, 1 << 24));
  }

  private UploadResult.Status status() {
    if (log.rejected()) {
      return UploadResult.Status.REJECTED;
    }
    return log.errors() > 0 ? UploadResult.Status.ERRORS : UploadResult.Status.OK;
  }
}
