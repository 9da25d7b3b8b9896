package io.rosterd.server.intake;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a session in to its district: asks {@link SftpAccounts} about the password or key, applies
 * the lockout and the per-connection attempt limit, and caps each district's open sessions. The
 * district found is kept on the session; the session's file system is that district's home.
 */
final class DistrictLogin
    implements PasswordAuthenticator, PublickeyAuthenticator, SessionListener {

  /** The district a logged-in session belongs to. */
  static final AttributeKey<String> DISTRICT = new AttributeKey<>();

  /** Username to district of the logins accepted so far, before the login completes. */
  private static final AttributeKey<Map<String, String>> PENDING = new AttributeKey<>();

  private static final AttributeKey<AtomicInteger> FAILED_PASSWORDS = new AttributeKey<>();
  private static final Logger LOG = LoggerFactory.getLogger(DistrictLogin.class);

  private final SftpAccounts accounts;
  private final LoginThrottle throttle;
  private final int maxPasswordsPerConnection;
  private final int maxSessionsPerDistrict;
  private final Map<String, AtomicInteger> sessions = new ConcurrentHashMap<>();

  DistrictLogin(
      SftpAccounts accounts,
      LoginThrottle throttle,
      int maxPasswordsPerConnection,
      int maxSessionsPerDistrict) {
    this.accounts = accounts;
    this.throttle = throttle;
    this.maxPasswordsPerConnection = maxPasswordsPerConnection;
    this.maxSessionsPerDistrict = maxSessionsPerDistrict;
  }

  @Override
  public boolean authenticate(String username, String password, ServerSession session) {
    String address = address(session);
    if (throttle.locked(username, address)) {
      LOG.warn("SFTP login refused: {} from {} is locked out", username, address);
      return false;
    }
    Optional<String> district = accounts.byPassword(username, password);
    if (district.isEmpty()) {
      throttle.failed(username, address);
      LOG.warn("SFTP login failed: wrong password for {} from {}", username, address);
      tooManyPasswords(session);
      return false;
    }
    return accepted(session, username, district.get());
  }

  @Override
  public boolean authenticate(String username, PublicKey key, ServerSession session) {
    if (throttle.locked(username, address(session))) {
      return false;
    }
    // A key offered but not held is not counted: clients offer every key they have, in turn.
    return accounts
        .byPublicKey(username, key)
        .map(district -> accepted(session, username, district))
        .orElse(false);
  }

  /**
   * The district is taken on only once the login has completed: a key is first offered without a
   * signature (anyone may know a public key), and answered here before it is proven.
   */
  @Override
  public void sessionEvent(Session session, Event event) {
    if (event == Event.Authenticated && session instanceof ServerSession server) {
      Map<String, String> pending = server.getAttribute(PENDING);
      String district = pending == null ? null : pending.get(server.getUsername());
      if (district == null) { // cannot happen: a login accepted by this class named its district
        server.close(true);
        return;
      }
      loggedIn(server, server.getUsername(), district);
    }
  }

  @Override
  public void sessionClosed(Session session) {
    String district = session.getAttribute(DISTRICT);
    if (district != null) {
      sessions.get(district).decrementAndGet();
    }
  }

  private boolean accepted(ServerSession session, String username, String district) {
    session
        .computeAttributeIfAbsent(PENDING, k -> new ConcurrentHashMap<>())
        .put(username, district);
    return true;
  }

  private void loggedIn(ServerSession session, String username, String district) {
    AtomicInteger open = sessions.computeIfAbsent(district, d -> new AtomicInteger());
    if (open.incrementAndGet() > maxSessionsPerDistrict) {
      open.decrementAndGet();
      LOG.warn(
          "SFTP login refused: district {} already has {} sessions",
          district,
          maxSessionsPerDistrict);
      disconnect(
          session,
          SshConstants.SSH2_DISCONNECT_TOO_MANY_CONNECTIONS,
          "district "
              + district
              + " already has "
              + maxSessionsPerDistrict
              + " sessions open (the limit); close one and retry");
      return;
    }
    session.setAttribute(DISTRICT, district);
    throttle.succeeded(username);
    LOG.info("SFTP login: {} (district {}) from {}", username, district, address(session));
  }

  private void tooManyPasswords(ServerSession session) {
    AtomicInteger failed =
        session.computeAttributeIfAbsent(FAILED_PASSWORDS, k -> new AtomicInteger());
    if (failed.incrementAndGet() >= maxPasswordsPerConnection) {
      disconnect(
          session,
          SshConstants.SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE,
          maxPasswordsPerConnection + " wrong passwords on one connection (the limit)");
    }
  }

  private static void disconnect(ServerSession session, int reason, String message) {
    try {
      session.disconnect(reason, message);
    } catch (IOException e) {
      session.close(true);
    }
  }

  static String address(Session session) {
    SocketAddress address = session.getIoSession().getRemoteAddress();
    return address instanceof InetSocketAddress inet
        ? inet.getAddress().getHostAddress()
        : String.valueOf(address);
  }
}
