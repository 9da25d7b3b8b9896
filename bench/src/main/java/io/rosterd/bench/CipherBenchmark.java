package io.rosterd.bench;

import java.util.List;
import java.util.Random;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.cipher.Cipher;

/**
 * Decryption throughput of the SSH ciphers MINA offers, one core, on packets the size of an SFTP
 * write (32 KB of data): why rosterd does not offer ChaCha20-Poly1305 on Java 17. See
 * docs/benchmarks.md. Argument: {@code RUNS}.
 */
public final class CipherBenchmark {
  private static final int PACKET = 32 * 1024 + 64;
  private static final int PACKETS = 3000;
  private static final List<BuiltinCiphers> CIPHERS =
      List.of(BuiltinCiphers.cc20p1305_openssh, BuiltinCiphers.aes128gcm, BuiltinCiphers.aes256gcm);

  private CipherBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = Integer.parseInt(args[0]);
    for (BuiltinCiphers cipher : CIPHERS) {
      decryptRound(cipher); // warm-up
      Timing timing = new Timing();
      for (int i = 0; i < runs; i++) {
        timing.add(decryptRound(cipher));
      }
      double megabytes = (double) PACKETS * PACKET / 1e6;
      System.out.printf(
          "%-32s median %.0f MB/s of %s s%n",
          cipher.getName(), megabytes / timing.median(), timing.rounded());
    }
  }

  /** Encrypts {@link #PACKETS} packets, then times nothing but decrypting and verifying them. */
  private static long decryptRound(BuiltinCiphers factory) {
    try {
      Cipher encrypt = factory.create();
      Cipher decrypt = factory.create();
      byte[] key = new byte[encrypt.getKdfSize()];
      new Random(7).nextBytes(key);
      byte[] iv = new byte[encrypt.getIVSize()];
      encrypt.init(Cipher.Mode.Encrypt, key, iv.clone());
      decrypt.init(Cipher.Mode.Decrypt, key, iv.clone());
      byte[][] packets = new byte[PACKETS][];
      for (int i = 0; i < PACKETS; i++) {
        packets[i] = new byte[PACKET + encrypt.getAuthenticationTagSize()];
        encrypt.updateWithAAD(packets[i], 0, 4, PACKET - 4);
      }
      long start = System.nanoTime();
      for (byte[] packet : packets) {
        decrypt.updateWithAAD(packet, 0, 4, PACKET - 4);
      }
      return System.nanoTime() - start;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
