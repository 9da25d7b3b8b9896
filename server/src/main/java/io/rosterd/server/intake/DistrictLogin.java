package io.rosterd.server.intake;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.server.auth.AsyncAuthException;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a session in to its district: asks {@link SftpAccounts} about the password or key, applies
 * the backoff and lockout kept in {@link LoginLockouts} and the per-connection attempt limit, and
 * caps each district's open sessions. Passwords are checked through {@link PasswordChecks}, off
 * MINA's network threads. The district found is kept on the session; the session's file system is
 * that district's home.
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
  private final LoginLockouts lockouts;
  private final PasswordChecks checks;
  private final Clock clock;
  private final int maxPasswordsPerConnection;
  private final int maxSessionsPerDistrict;
  private final Map<String, AtomicInteger> sessions = new ConcurrentHashMap<>();

  DistrictLogin(
      SftpAccounts accounts,
      LoginLockouts lockouts,
      PasswordChecks checks,
      Clock clock,
      int maxPasswordsPerConnection,
      int maxSessionsPerDistrict) {
    this.accounts = accounts;
    this.lockouts = lockouts;
    this.checks = checks;
    this.clock = clock;
    this.maxPasswordsPerConnection = maxPasswordsPerConnection;
    this.maxSessionsPerDistrict = maxSessionsPerDistrict;
  }

  /** Answered later, from a password check thread: MINA waits for the exception's result. */
  @Override
  public boolean authenticate(String username, String password, ServerSession session)
      throws AsyncAuthException {
    String who = username + " from " + address(session);
    throw checks.start(session, who, () -> checkPassword(username, password, session));
  }

  /**
   * Not subject to lockouts: a key cannot be guessed, so refusing one would only let anyone who
   * knows a district's username stop its export job by failing passwords on purpose.
   */
  @Override
  public boolean authenticate(String username, PublicKey key, ServerSession session) {
    // A key offered but not held is not counted: clients offer every key they have, in turn.
    return accounts
        .byPublicKey(username, key)
        .map(district -> accepted(session, username, district))
        .orElse(false);
  }

  private boolean checkPassword(String username, String password, ServerSession session) {
    String address = address(session);
    Optional<FailedLogins> locked = lockouts.inForce(username, address, clock.instant());
    if (locked.isPresent()) { // refused before hashing: waiting out a lockout costs no CPU
      LOG.warn("SFTP login refused: {} from {}; {}", username, address, locked.get().describe());
      return false;
    }
    Optional<String> district = accounts.byPassword(username, password);
    if (district.isEmpty()) {
      List<FailedLogins> counted = lockouts.failed(username, address, clock.instant());
      LOG.warn(
          "SFTP login failed: wrong password for {} from {}; {}",
          username,
          address,
          counted.stream().map(FailedLogins::describe).collect(Collectors.joining("; ")));
      tooManyPasswords(session);
      return false;
    }
    // Only a right password proves anything about password guessing; a key login forgets nothing.
    lockouts.succeeded(username);
    return accepted(session, username, district.get());
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
