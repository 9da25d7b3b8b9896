package io.rosterd.server.intake;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the SFTP drop box listens and what it allows.
 *
 * @param bindAddress the address to listen on ({@code 0.0.0.0} for all)
 * @param port the port; 0 picks any free one (tests)
 * @param dataDir rosterd's data folder: host keys in {@code sftp/host-keys/}, homes in {@code
 *     districts/<id>/home/}
 * @param idleTimeout a connection silent this long is closed
 * @param maxConnections connections open at once, over all districts
 * @param maxSessionsPerDistrict logged-in sessions of one district at once
 * @param maxFileSize the largest file a district may upload, in bytes
 * @param quotaPerDistrict the most bytes a district's uploads may take together
 * @param maxPasswordChecks passwords checked at once (each takes 19 MiB while it runs)
 * @param passwordCheckWait how long a login may wait for a free check before it fails
 */
public record SftpConfig(
    String bindAddress,
    int port,
    Path dataDir,
    Duration idleTimeout,
    int maxConnections,
    int maxSessionsPerDistrict,
    long maxFileSize,
    long quotaPerDistrict,
    int maxPasswordChecks,
    Duration passwordCheckWait) {

  public static final int DEFAULT_PORT = 2222;
  private static final long GIB = 1L << 30;

  public SftpConfig {
    if (maxPasswordChecks < 1) {
      throw new IllegalArgumentException("maxPasswordChecks must be at least 1");
    }
  }

  /**
   * The defaults on {@code dataDir}: all addresses, port 2222, 2 GiB files, 10 GiB a district, 4
   * password checks at once, waited for at most 3 seconds.
   */
  public static SftpConfig defaults(Path dataDir) {
    return new SftpConfig(
        "0.0.0.0",
        DEFAULT_PORT,
        dataDir,
        Duration.ofMinutes(10),
        200,
        10,
        2 * GIB,
        10 * GIB,
        4,
        Duration.ofSeconds(3));
  }

  public SftpConfig withPort(String bindAddress, int port) {
    return new SftpConfig(
        bindAddress,
        port,
        dataDir,
        idleTimeout,
        maxConnections,
        maxSessionsPerDistrict,
        maxFileSize,
        quotaPerDistrict,
        maxPasswordChecks,
        passwordCheckWait);
  }

  public SftpConfig withLimits(
      int connections, int sessionsPerDistrict, long fileSize, long quota) {
    return new SftpConfig(
        bindAddress,
        port,
        dataDir,
        idleTimeout,
        connections,
        sessionsPerDistrict,
        fileSize,
        quota,
        maxPasswordChecks,
        passwordCheckWait);
  }

  public SftpConfig withIdleTimeout(Duration timeout) {
    return new SftpConfig(
        bindAddress,
        port,
        dataDir,
        timeout,
        maxConnections,
        maxSessionsPerDistrict,
        maxFileSize,
        quotaPerDistrict,
        maxPasswordChecks,
        passwordCheckWait);
  }

  public SftpConfig withPasswordChecks(int max, Duration wait) {
    return new SftpConfig(
        bindAddress,
        port,
        dataDir,
        idleTimeout,
        maxConnections,
        maxSessionsPerDistrict,
        maxFileSize,
        quotaPerDistrict,
        max,
        wait);
  }

  /** Where the host keys are kept. */
  public Path hostKeyDir() {
    return hostKeyDir(dataDir);
  }

  public static Path hostKeyDir(Path dataDir) {
    return dataDir.resolve("sftp").resolve("host-keys");
  }
}
