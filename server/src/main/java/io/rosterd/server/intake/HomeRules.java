package io.rosterd.server.intake;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.CopyOption;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpFileSystemAccessor;
import org.apache.sshd.sftp.server.SftpSubsystemProxy;

/**
 * What a district may do in its home, enforced where MINA touches the disk: files are written,
 * renamed and deleted only at the root; {@code reports/} and {@code templates/} are read-only; no
 * folders, no links, no owners or permissions. Writes are held to the file-size limit and the
 * district's quota, counted across the district's uploads in progress ({@link HomeUsage}).
 */
final class HomeRules implements SftpFileSystemAccessor {

  private static final Set<StandardOpenOption> WRITING =
      Set.of(
          StandardOpenOption.WRITE,
          StandardOpenOption.APPEND,
          StandardOpenOption.CREATE,
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.TRUNCATE_EXISTING);

  private final HomeLimits limits;

  HomeRules(HomeLimits limits) {
    this.limits = limits;
  }

  @Override
  public SeekableByteChannel openFile(
      SftpSubsystemProxy subsystem,
      FileHandle handle,
      Path file,
      String handleId,
      Set<? extends OpenOption> options,
      FileAttribute<?>... attrs)
      throws IOException {
    if (options.stream().noneMatch(WRITING::contains)) {
      return SftpFileSystemAccessor.super.openFile(subsystem, handle, file, handleId, options);
    }
    requireUpload(file);
    HomeUsage usage = usage(subsystem);
    // Taken before the file is opened, which may truncate it under another connection's upload.
    HomeUsage.Writer writer = writerOf(usage, file);
    SeekableByteChannel channel = null;
    try {
      // Attributes (owner, permissions) from the client are not applied: see setFileAttribute.
      channel = SftpFileSystemAccessor.super.openFile(subsystem, handle, file, handleId, options);
      return new LimitedChannel(
          channel, file.toAbsolutePath().normalize(), limits.maxFileSize(), usage, writer);
    } catch (IOException | RuntimeException e) {
      usage.closed(writer);
      if (channel != null) {
        channel.close();
      }
      throw e;
    }
  }

  private static void requireNotWriting(HomeUsage usage, Path file) throws SftpException {
    try {
      usage.requireNotWriting(file.getFileName().toString());
    } catch (UploadRefusedException busy) {
      throw new SftpException(SftpConstants.SSH_FX_FAILURE, busy.getMessage());
    }
  }

  private static HomeUsage.Writer writerOf(HomeUsage usage, Path file) throws SftpException {
    try {
      return usage.opened(file.getFileName().toString(), 0, true);
    } catch (UploadRefusedException busy) {
      throw new SftpException(SftpConstants.SSH_FX_FAILURE, busy.getMessage());
    }
  }

  @Override
  public void renameFile(
      SftpSubsystemProxy subsystem, Path oldPath, Path newPath, Collection<CopyOption> opts)
      throws IOException {
    requireUpload(oldPath);
    requireUpload(newPath);
    HomeUsage usage = usage(subsystem);
    requireNotWriting(usage, oldPath);
    requireNotWriting(usage, newPath);
    try {
      SftpFileSystemAccessor.super.renameFile(subsystem, oldPath, newPath, opts);
    } finally {
      usage(subsystem).changed();
    }
  }

  @Override
  public void copyFile(
      SftpSubsystemProxy subsystem, Path src, Path dst, Collection<CopyOption> opts)
      throws IOException {
    // Server-side copies would grow a home past its quota without a write; upload instead.
    throw denied(dst, "copies cannot be made; upload the file");
  }

  @Override
  public void removeFile(SftpSubsystemProxy subsystem, Path path, boolean isDirectory)
      throws IOException {
    if (isDirectory) {
      throw denied(path, "folders cannot be removed");
    }
    requireUpload(path);
    requireNotWriting(usage(subsystem), path);
    try {
      SftpFileSystemAccessor.super.removeFile(subsystem, path, false);
    } finally {
      usage(subsystem).changed();
    }
  }

  @Override
  public void createDirectory(SftpSubsystemProxy subsystem, Path path) throws IOException {
    throw denied(path, "folders cannot be made; upload files to the top folder");
  }

  @Override
  public void createLink(SftpSubsystemProxy subsystem, Path link, Path existing, boolean symLink)
      throws IOException {
    throw denied(link, "links cannot be made");
  }

  @Override
  public void setFileAttribute(
      SftpSubsystemProxy subsystem,
      Path file,
      String view,
      String attribute,
      Object value,
      LinkOption... options)
      throws IOException {
    if (IGNORED_ATTRIBUTES.contains(attribute)) {
      return; // clients send these after uploads (put -p, WinSCP); ignoring keeps them working
    }
    requireUpload(file);
    if ("size".equals(attribute) && ((Number) value).longValue() > limits.maxFileSize()) {
      throw LimitedChannel.fileTooLarge(limits.maxFileSize());
    }
    SftpFileSystemAccessor.super.setFileAttribute(subsystem, file, view, attribute, value, options);
  }

  @Override
  public void setFilePermissions(
      SftpSubsystemProxy subsystem,
      Path path,
      Set<PosixFilePermission> perms,
      LinkOption... options) {
    // ignored: the files' permissions are rosterd's, not the district's
  }

  @Override
  public void setFileOwner(
      SftpSubsystemProxy subsystem, Path path, Principal value, LinkOption... options) {
    // ignored, as above
  }

  @Override
  public void setGroupOwner(
      SftpSubsystemProxy subsystem, Path path, Principal value, LinkOption... options) {
    // ignored, as above
  }

  @Override
  public void setFileAccessControl(
      SftpSubsystemProxy subsystem, Path path, List<AclEntry> acl, LinkOption... options) {
    // ignored, as above
  }

  private static final Set<String> IGNORED_ATTRIBUTES =
      Set.of("permissions", "owner", "group", "uid", "gid", "acl");

  /** A file the district may change: a plain name at the root, not one of the fixed folders. */
  static void requireUpload(Path file) throws AccessDeniedException {
    Path inHome = file.toAbsolutePath().normalize();
    if (inHome.getNameCount() == 0) {
      throw denied(file, "the top folder cannot be changed");
    }
    String first = inHome.getName(0).toString();
    if (first.equals(DropBox.REPORTS) || first.equals(DropBox.TEMPLATES)) {
      throw denied(file, first + "/ is read-only");
    }
    if (inHome.getNameCount() > 1) {
      throw denied(file, "files can only be written to the top folder");
    }
  }

  private HomeUsage usage(SftpSubsystemProxy subsystem) throws AccessDeniedException {
    String district = DistrictFileSystems.district(subsystem.getServerSession());
    return limits.usage(district);
  }

  private static AccessDeniedException denied(Path file, String why) {
    return new AccessDeniedException(file.toString(), null, why);
  }
}
