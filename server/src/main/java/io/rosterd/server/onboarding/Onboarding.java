package io.rosterd.server.onboarding;

import io.rosterd.server.credentials.SftpAccountStore;
import io.rosterd.server.district.AccessRequest;
import io.rosterd.server.district.AccessRequestStore;
import io.rosterd.server.district.District;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.notify.Email;
import io.rosterd.server.notify.PostOffice;
import io.rosterd.server.store.Jdbc;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Access requests, from the asking to support's decision; the API and the web pages both go through
 * here, so they share the rate limit and the emails. Approving creates the district and its SFTP
 * account (without a password: it is made when the contact opens the link) and emails the technical
 * contact the one-time link, all in one transaction: a failure leaves the request pending and
 * nothing made.
 */
public final class Onboarding {
  private static final Logger LOG = LoggerFactory.getLogger(Onboarding.class);
  private final Jdbc jdbc;
  private final PostOffice post;
  private final CredentialChanges credentials;
  private final RateLimit limit;
  private final Clock clock;

  /**
   * @param limit how many requests one client address may make: the form is public
   */
  public Onboarding(
      Jdbc jdbc, PostOffice post, CredentialChanges credentials, RateLimit limit, Clock clock) {
    this.jdbc = jdbc;
    this.post = post;
    this.credentials = credentials;
    this.limit = limit;
    this.clock = clock;
  }

  /** A client address asked too often; nothing was stored. */
  public static final class TooMany extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient RateLimit limit;

    TooMany(RateLimit limit) {
      super(
          "too many access requests from this address: at most "
              + limit.max()
              + " in "
              + limit.per().toMinutes()
              + " minutes. Your earlier request reached support; they will contact you.");
      this.limit = limit;
    }

    /** How long until the address may ask again, at most. */
    public java.time.Duration retryAfter() {
      return limit.per();
    }
  }

  /**
   * Stores a request (checked by {@link AccessForm}) and tells support about it.
   *
   * @throws TooMany when the address has made {@link RateLimit#max()} requests already
   */
  public AccessRequest ask(AccessRequestStore.Asked asked, String clientAddress) {
    Instant now = clock.instant();
    AccessRequest request =
        jdbc.inTransaction(
            tx -> {
              // One address at a time, so requests sent at once cannot all pass the count.
              tx.queryOne(
                  "select pg_advisory_xact_lock(?)",
                  r -> true,
                  io.rosterd.oneroster.keys.KeyHash.of("rosterd.access-request:" + clientAddress));
              AccessRequestStore requests = new AccessRequestStore(tx);
              // Only stored requests count: a form refused for a typo costs the asker nothing.
              if (requests.countFrom(clientAddress, now.minus(limit.per())) >= limit.max()) {
                throw new TooMany(limit);
              }
              return requests.add(asked, clientAddress, now);
            });
    announce(request);
    return request;
  }

  /** A request that was decided already: it cannot be decided again. */
  public static final class AlreadyDecided extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AlreadyDecided(AccessRequest request) {
      super(
          "access request "
              + request.id()
              + " was "
              + request.state()
              + " already, at "
              + request.decidedAt()
              + " by "
              + request.decidedBy());
    }
  }

  public record Approved(
      AccessRequest request, District district, CredentialChanges.LinkSent link) {}

  /**
   * Approves a pending request as district {@code districtId}.
   *
   * @param name the district's name; null for the name the request gave
   * @return empty when there is no such request
   * @throws AlreadyDecided when it is not pending
   * @throws io.rosterd.server.district.DistrictExistsException when the id is taken
   * @throws IllegalArgumentException when the id or name breaks the district rules
   */
  public Optional<Approved> approve(long requestId, String districtId, String name, String by) {
    Optional<Approved> approved =
        jdbc.inTransaction(
            tx ->
                new AccessRequestStore(tx)
                    .lock(requestId)
                    .map(request -> approve(tx, request, districtId, name, by)));
    post.deliverSoon();
    return approved;
  }

  private Approved approve(
      Jdbc tx, AccessRequest request, String districtId, String name, String by) {
    requirePending(request);
    District district =
        new DistrictStore(tx)
            .create(
                districtId, name == null ? request.districtName() : name, request.contactEmail());
    // The account exists from now on, with keys only until the link makes its password.
    new SftpAccountStore(tx).removePassword(districtId);
    new AccessRequestStore(tx)
        .decide(request.id(), AccessRequest.APPROVED, districtId, by, "", clock.instant());
    CredentialChanges.LinkSent link = credentials.sendLink(tx, district, false, by);
    return new Approved(
        new AccessRequestStore(tx).find(request.id()).orElseThrow(), district, link);
  }

  /**
   * Declines a pending request and tells the requester why.
   *
   * @return empty when there is no such request
   * @throws AlreadyDecided when it is not pending
   */
  public Optional<AccessRequest> decline(long requestId, String reason, String by) {
    Optional<AccessRequest> declined =
        jdbc.inTransaction(
            tx ->
                new AccessRequestStore(tx)
                    .lock(requestId)
                    .map(
                        request -> {
                          requirePending(request);
                          AccessRequestStore requests = new AccessRequestStore(tx);
                          requests.decide(
                              request.id(),
                              AccessRequest.DECLINED,
                              null,
                              by,
                              reason,
                              clock.instant());
                          post.post(tx, declinedEmail(request, reason));
                          return requests.find(request.id()).orElseThrow();
                        }));
    post.deliverSoon();
    return declined;
  }

  /** Tells support a district asked to start; logs instead of throwing: the request is stored. */
  private void announce(AccessRequest request) {
    String support = post.settings().supportEmail();
    if (support == null) {
      return;
    }
    try {
      post.send(announcement(request, support));
    } catch (RuntimeException e) {
      LOG.error("could not email support about access request {}", request.id(), e);
    }
  }

  private Email announcement(AccessRequest request, String support) {
    return Email.of(
        "access.requested",
        null,
        List.of(support),
        "rosterd: " + request.districtName() + " asks to start (request " + request.id() + ")",
        "District: "
            + request.districtName()
            + "\nContact: "
            + request.contactName()
            + " <"
            + request.contactEmail()
            + ">\nPhone: "
            + request.phone()
            + "\n\nApprove or decline it: "
            + post.settings().link("/access-requests")
            + "\nIn the API: "
            + post.settings().link("/api/access-requests/" + request.id())
            + "\n");
  }

  private static void requirePending(AccessRequest request) {
    if (!request.state().equals(AccessRequest.PENDING)) {
      throw new AlreadyDecided(request);
    }
  }

  private static Email declinedEmail(AccessRequest request, String reason) {
    return Email.of(
        "access.declined",
        null,
        List.of(request.contactEmail()),
        "rosterd: your request for " + request.districtName(),
        "Hello "
            + request.contactName()
            + ",\n\nYour request to start using rosterd for "
            + request.districtName()
            + " was declined"
            + (reason.isBlank() ? "." : ": " + reason)
            + "\n\nReply to your contact at the product's support if you think this is a mistake.\n");
  }
}
