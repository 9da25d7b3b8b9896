package io.rosterd.server.intake;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The real SFTP server on 127.0.0.1 and a free port, over a temporary data folder. */
final class TestServer implements AutoCloseable {

  final Path dataDir;
  final SftpAccounts accounts;
  final LoginLockouts lockouts;
  final LocalDropBox dropBox;
  final List<Upload> uploads = new CopyOnWriteArrayList<>();
  final SftpServer server;

  TestServer(Path dataDir, SftpAccounts accounts, LoginLockouts lockouts) {
    this(
        SftpConfig.defaults(dataDir).withPort("127.0.0.1", 0),
        accounts,
        lockouts,
        null,
        Clock.systemUTC());
  }

  /** With {@code log} recording uploads, or (null) the {@link #uploads} list. */
  TestServer(
      SftpConfig config,
      SftpAccounts accounts,
      LoginLockouts lockouts,
      UploadLog log,
      Clock clock) {
    this.dataDir = config.dataDir();
    this.accounts = accounts;
    this.lockouts = lockouts;
    this.dropBox = new LocalDropBox(dataDir);
    this.server =
        SftpServer.start(
            config, accounts, lockouts, dropBox, log == null ? uploads::add : log, clock);
  }

  int port() {
    return server.port();
  }

  Path home(String district) {
    return dropBox.home(district);
  }

  @Override
  public void close() {
    server.close();
  }
}
