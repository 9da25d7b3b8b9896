package io.rosterd.server.intake;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.Map;
import org.apache.sshd.common.file.FileSystemFactory;
import org.apache.sshd.common.file.root.RootedFileSystemProvider;
import org.apache.sshd.common.session.SessionContext;

/**
 * Each session's file system: its district's home, as the root. MINA's rooted file system resolves
 * {@code ..}, absolute paths and symbolic links inside the home and refuses what would leave it.
 */
final class DistrictFileSystems implements FileSystemFactory {

  private final DropBox dropBox;

  DistrictFileSystems(DropBox dropBox) {
    this.dropBox = dropBox;
  }

  @Override
  public Path getUserHomeDir(SessionContext session) throws IOException {
    return dropBox.home(district(session));
  }

  @Override
  public FileSystem createFileSystem(SessionContext session) throws IOException {
    return new RootedFileSystemProvider().newFileSystem(getUserHomeDir(session), Map.of());
  }

  static String district(SessionContext session) throws AccessDeniedException {
    String district = session.getAttribute(DistrictLogin.DISTRICT);
    if (district == null) { // cannot happen after a login; refuse rather than guess
      throw new AccessDeniedException("the session has no district");
    }
    return district;
  }
}
