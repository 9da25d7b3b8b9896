package io.rosterd.server.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;

/** MINA's own SSH client, logged in with a password, with its SFTP client open. */
public final class MinaClient implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  public final SshClient client;
  public final ClientSession session;
  public final SftpClient sftp;

  private MinaClient(SshClient client, ClientSession session, SftpClient sftp) {
    this.client = client;
    this.session = session;
    this.sftp = sftp;
  }

  public static MinaClient login(int port, String user, String password) throws IOException {
    ClientSession session = null;
    SshClient client = SshClient.setUpDefaultClient();
    client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
    client.start();
    try {
      session = client.connect(user, "127.0.0.1", port).verify(TIMEOUT).getSession();
      session.addPasswordIdentity(password);
      session.auth().verify(TIMEOUT);
      return new MinaClient(
          client, session, SftpClientFactory.instance().createSftpClient(session));
    } catch (IOException | RuntimeException e) {
      if (session != null) {
        session.close(true);
      }
      client.stop();
      throw e;
    }
  }

  /** Tries to log in; true if the server let it in. */
  static boolean canLogin(int port, String user, String password) {
    try (MinaClient ignored = login(port, user, password)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() {
    try {
      sftp.close();
      session.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      client.stop();
    }
  }
}
