package io.rosterd.server.intake;

import java.util.List;
import java.util.Locale;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.server.SshServer;

/**
 * Narrows MINA's algorithm lists to modern ones: no CBC ciphers (plaintext-recovery attacks), no
 * SHA-1 in MACs, key exchange or signatures, no DSA. Strict key exchange (the Terrapin fix, {@code
 * kex-strict-s-v00@openssh.com}) is on in MINA since 2.12 whenever the client offers it.
 *
 * <p>{@code chacha20-poly1305@openssh.com} is not offered, although it is modern: on Java 17 MINA
 * computes it in plain Java at about 235 MB/s a core, against several GB/s for AES-GCM and AES-CTR
 * with an SHA-2 MAC, which the JDK runs on the processor's AES and SHA instructions. OpenSSH's
 * client lists ChaCha20 first, so offering it made every upload four to fifteen times dearer in
 * server CPU and 40% slower (docs/benchmarks.md). Every SSH client also speaks AES-CTR.
 */
final class Algorithms {

  private Algorithms() {}

  static void restrict(SshServer server) {
    server.setCipherFactories(
        modern(server.getCipherFactories()).stream()
            .filter(f -> !f.getName().startsWith("chacha20"))
            .toList());
    server.setMacFactories(modern(server.getMacFactories()));
    server.setKeyExchangeFactories(modern(server.getKeyExchangeFactories()));
    server.setSignatureFactories(modern(server.getSignatureFactories()));
  }

  static boolean modern(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return !(lower.contains("cbc")
        || lower.contains("sha1")
        || lower.contains("dss")
        || lower.equals("ssh-rsa")
        || lower.startsWith("ssh-rsa-cert")
        || lower.contains("group1-")
        || lower.contains("group-exchange-sha1")
        || lower.contains("arcfour")
        || lower.contains("md5"));
  }

  private static <T extends NamedResource> List<T> modern(List<T> factories) {
    return factories.stream().filter(f -> modern(f.getName())).toList();
  }
}
