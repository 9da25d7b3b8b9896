package io.rosterd.bench;

import io.rosterd.server.intake.LocalDropBox;
import io.rosterd.server.intake.LoginLockouts;
import io.rosterd.server.intake.SftpAccounts;
import io.rosterd.server.intake.SftpConfig;
import io.rosterd.server.intake.SftpServer;
import io.rosterd.server.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * SFTP throughput: OpenSSH's {@code sftp} uploads the same file to rosterd's server and to Debian's
 * OpenSSH server ({@code internal-sftp}) started in the same run, alternately; then 50 districts
 * upload to rosterd at once. See docs/benchmarks.md.
 *
 * <p>Arguments: {@code MEGABYTES RUNS DIR}.
 */
public final class SftpBenchmark {
  private static final int CONCURRENT = 50;

  private SftpBenchmark() {}

  public static void main(String[] args) throws Exception {
    int megabytes = Integer.parseInt(args[0]);
    int runs = Integer.parseInt(args[1]);
    Path dir = Path.of(args[2]);
    Path file = randomFile(dir.resolve("upload.bin"), megabytes);
    Path key = dir.resolve("client_key");
    Bench.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString()));
    PublicKey publicKey = publicKey(key);
    Path openSshUploads = Files.createDirectories(dir.resolve("openssh-uploads"));
    SftpConfig config = SftpConfig.defaults(dir.resolve("rosterd")).withPort("127.0.0.1", 0);
    Timing rosterd = new Timing();
    Timing openSsh = new Timing();
    // The bundled PostgreSQL holds the server's login failures, as in production.
    try (Database database = Database.embedded(dir.resolve("rosterd"));
        SftpServer server =
            SftpServer.start(
                config,
                anyDistrictWith(publicKey),
                new LoginLockouts(database.jdbc()),
                new LocalDropBox(dir.resolve("rosterd")),
                u -> {});
        OpenSshServer baseline =
            OpenSshServer.start(dir, Path.of(key + ".pub"), openSshUploads, freePort())) {
      for (int i = 0; i < runs + 1; i++) {
        Timing r = i == 0 ? new Timing() : rosterd;
        Timing o = i == 0 ? new Timing() : openSsh;
        r.measure(() -> Sftp.put(key, "d0", server.port(), file, "upload.bin"));
        o.measure(() -> Sftp.put(key, "root", baseline.port, file, "upload.bin"));
      }
      System.out.println(report(megabytes, rosterd, openSsh));
      System.out.println(concurrent(key, server.port(), dir));
    }
  }

  private static String report(int megabytes, Timing rosterd, Timing openSsh) {
    return String.format(
        "upload of %d MB with OpenSSH sftp over loopback:%n"
            + "  OpenSSH internal-sftp: median %.2f s of %s -> %.0f MB/s%n"
            + "  rosterd:               median %.2f s of %s -> %.0f MB/s%n"
            + "  rosterd / OpenSSH throughput: %.0f%% (target >= 80%%)",
        megabytes,
        openSsh.median(),
        openSsh.rounded(),
        megabytes / openSsh.median(),
        rosterd.median(),
        rosterd.rounded(),
        megabytes / rosterd.median(),
        100 * openSsh.median() / rosterd.median());
  }

  /** 50 districts upload a 1 MB file each, all at once; counts the uploads that arrived whole. */
  private static String concurrent(Path key, int port, Path dir) throws Exception {
    Path small = randomFile(dir.resolve("small.bin"), 1);
    long start = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    List<Boolean> results = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < CONCURRENT; i++) {
      String district = "c" + i;
      Thread t = new Thread(() -> results.add(Sftp.put(key, district, port, small, "small.bin")));
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    long ok = results.stream().filter(r -> r).count();
    long whole = 0;
    for (int i = 0; i < CONCURRENT; i++) {
      Path arrived = dir.resolve("rosterd/districts/c" + i + "/home/small.bin");
      whole += Files.exists(arrived) && Files.mismatch(arrived, small) == -1 ? 1 : 0;
    }
    return String.format(
        "%d concurrent sessions (one per district): %d uploads succeeded, %d arrived intact, in %.1f s",
        CONCURRENT, ok, whole, (System.nanoTime() - start) / 1e9);
  }

  private static SftpAccounts anyDistrictWith(PublicKey allowed) {
    return new SftpAccounts() {
      @Override
      public Optional<String> byPassword(String username, String password) {
        return Optional.empty();
      }

      @Override
      public Optional<String> byPublicKey(String username, PublicKey key) {
        return KeyUtils.compareKeys(allowed, key) ? Optional.of(username) : Optional.empty();
      }
    };
  }

  private static PublicKey publicKey(Path key) throws Exception {
    String line = Files.readString(Path.of(key + ".pub")).trim();
    return AuthorizedKeyEntry.parseAuthorizedKeyEntry(line)
        .resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
  }

  private static Path randomFile(Path file, int megabytes) throws IOException {
    byte[] block = new byte[1 << 20];
    new Random(42).nextBytes(block);
    try (var out = Files.newOutputStream(file)) {
      for (int i = 0; i < megabytes; i++) {
        out.write(block);
      }
    }
    return file;
  }

  private static int freePort() throws IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
