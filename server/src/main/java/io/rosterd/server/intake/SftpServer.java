package io.rosterd.server.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.sftp.SftpModuleProperties;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SFTP drop box: an embedded SSH server offering the SFTP subsystem only (no shell, no exec, no
 * forwarding). Each district logs in through {@link SftpAccounts} and sees only its home; its
 * finished uploads are recorded in the {@link UploadLog}.
 */
public final class SftpServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SftpServer.class);

  /** Wrong passwords one connection may try before it is dropped. */
  static final int MAX_PASSWORDS_PER_CONNECTION = 3;

  /**
   * Authentication requests per connection. More than the password limit: a client first asks
   * "none", then offers its keys one by one (each is a query and a signed request).
   */
  private static final int MAX_AUTH_REQUESTS = 10;

  private static final int MAX_OPEN_HANDLES = 64;

  private final SshServer server;
  private final PasswordChecks checks;
  private final HomeLimits limits;

  private SftpServer(SshServer server, PasswordChecks checks, HomeLimits limits) {
    this.server = server;
    this.checks = checks;
    this.limits = limits;
  }

  /**
   * Starts the server; it listens until closed. Failed logins are counted in {@code lockouts}
   * (PostgreSQL), which every rosterd process on the database shares.
   */
  public static SftpServer start(
      SftpConfig config,
      SftpAccounts accounts,
      LoginLockouts lockouts,
      DropBox dropBox,
      UploadLog uploads) {
    return start(config, accounts, lockouts, dropBox, uploads, Clock.systemUTC());
  }

  /** As {@link #start(SftpConfig, SftpAccounts, LoginLockouts, DropBox, UploadLog)}, on clock. */
  public static SftpServer start(
      SftpConfig config,
      SftpAccounts accounts,
      LoginLockouts lockouts,
      DropBox dropBox,
      UploadLog uploads,
      Clock clock) {
    SshServer server = SshServer.setUpDefaultServer();
    server.setHost(config.bindAddress());
    server.setPort(config.port());
    server.setKeyPairProvider(HostKeys.load(config.hostKeyDir()));
    Algorithms.restrict(server);
    limits(server, config);
    PasswordChecks checks =
        new PasswordChecks(config.maxPasswordChecks(), config.passwordCheckWait());
    login(
        server,
        new DistrictLogin(
            accounts,
            lockouts,
            checks,
            clock,
            MAX_PASSWORDS_PER_CONNECTION,
            config.maxSessionsPerDistrict()));
    HomeLimits limits = HomeLimits.of(dropBox, config);
    sftpOnly(server, limits, dropBox, uploads, clock);
    try {
      server.start();
    } catch (IOException e) {
      checks.close();
      throw new UncheckedIOException(
          "could not listen for SFTP on "
              + config.bindAddress()
              + ":"
              + config.port()
              + ": "
              + e.getMessage(),
          e);
    }
    LOG.info("SFTP listening on {}:{}", config.bindAddress(), server.getPort());
    return new SftpServer(server, checks, limits);
  }

  /** The size limit and quotas this server holds uploads to: for other ways of uploading. */
  public HomeLimits limits() {
    return limits;
  }

  /** True while it accepts connections: for the health check. */
  public boolean isOpen() {
    return server.isStarted() && server.isOpen();
  }

  /** The port listened on (the one picked, when configured as 0). */
  public int port() {
    return server.getPort();
  }

  @Override
  public void close() {
    try {
      server.stop(true);
    } catch (IOException e) {
      LOG.warn("SFTP server did not stop cleanly", e);
    } finally {
      checks.close();
    }
  }

  private static void limits(SshServer server, SftpConfig config) {
    CoreModuleProperties.IDLE_TIMEOUT.set(server, config.idleTimeout());
    CoreModuleProperties.AUTH_TIMEOUT.set(server, Duration.ofMinutes(1));
    CoreModuleProperties.MAX_AUTH_REQUESTS.set(server, MAX_AUTH_REQUESTS);
    // "SSH-2.0-rosterd": the library and its version are nobody's business
    CoreModuleProperties.SERVER_IDENTIFICATION.set(server, "rosterd");
    CoreModuleProperties.TCP_NODELAY.set(server, true);
    // A client needs a handful of open files at once; thousands would only cost file descriptors.
    SftpModuleProperties.MAX_OPEN_HANDLES_PER_SESSION.set(server, MAX_OPEN_HANDLES);
    server.addSessionListener(new ConnectionCap(config.maxConnections()));
  }

  private static void login(SshServer server, DistrictLogin login) {
    server.setPasswordAuthenticator(login);
    server.setPublickeyAuthenticator(login);
    server.setKeyboardInteractiveAuthenticator(null);
    server.setGSSAuthenticator(null);
    server.setHostBasedAuthenticator(null);
    server.addSessionListener(login);
  }

  private static void sftpOnly(
      SshServer server, HomeLimits limits, DropBox dropBox, UploadLog uploads, Clock clock) {
    SftpSubsystemFactory sftp =
        new SftpSubsystemFactory.Builder()
            .withSftpErrorStatusDataHandler(new ErrorMessages())
            .withFileSystemAccessor(new HomeRules(limits))
            .build();
    sftp.addSftpEventListener(new UploadTracker(uploads, clock));
    server.setSubsystemFactories(List.of(sftp));
    server.setFileSystemFactory(new DistrictFileSystems(dropBox));
    server.setShellFactory(null); // no shell and no exec: their requests are refused
    server.setCommandFactory(null);
    server.setAgentFactory(null);
    server.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
  }

  /** Drops connections beyond the overall cap as soon as they arrive. */
  private static final class ConnectionCap implements SessionListener {
    private final int max;
    private final AtomicInteger open = new AtomicInteger();

    ConnectionCap(int max) {
      this.max = max;
    }

    @Override
    public void sessionCreated(Session session) {
      if (open.incrementAndGet() > max) {
        LOG.warn("SFTP connection refused: {} connections open (the limit)", max);
        session.close(true);
      }
    }

    @Override
    public void sessionClosed(Session session) {
      open.decrementAndGet();
    }
  }
}
