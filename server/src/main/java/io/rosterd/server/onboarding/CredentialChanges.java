package io.rosterd.server.onboarding;

import io.rosterd.server.credentials.CredentialLinks;
import io.rosterd.server.credentials.SftpAccountStore;
import io.rosterd.server.credentials.SshKey;
import io.rosterd.server.district.ContactStore;
import io.rosterd.server.district.District;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.district.Topic;
import io.rosterd.server.notify.CredentialMails;
import io.rosterd.server.notify.PostOffice;
import io.rosterd.server.store.Jdbc;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes to a district's SFTP credentials that people must hear about: a one-time link to the
 * technical contact when a password is due, and a note to every contact who chose credential emails
 * when anything changes (so a change nobody expected is noticed).
 */
public final class CredentialChanges {
  private static final Logger LOG = LoggerFactory.getLogger(CredentialChanges.class);
  private final Jdbc jdbc;
  private final PostOffice post;
  private final Clock clock;

  public CredentialChanges(Jdbc jdbc, PostOffice post, Clock clock) {
    this.jdbc = jdbc;
    this.post = post;
    this.clock = clock;
  }

  /**
   * A link to a new password, as emailed to the technical contact.
   *
   * @param url the link itself: returned to the caller only when no SMTP server is configured, so
   *     support can pass it on another way; null otherwise
   */
  public record LinkSent(String to, java.time.Instant expiresAt, boolean emailed, String url) {
    @Override
    public String toString() {
      return "LinkSent[to " + to + ", expires " + expiresAt + "]";
    }
  }

  /**
   * Inside the caller's transaction: a new link for the district, emailed to its technical contact
   * (call {@link PostOffice#deliverSoon} after the commit).
   */
  public LinkSent sendLink(Jdbc tx, District district, boolean rotation, String by) {
    CredentialLinks.Issued issued =
        new CredentialLinks(tx)
            .issue(district.id(), rotation ? "rotation" : "onboarding", by, clock.instant());
    String url = post.settings().link("/credentials/" + issued.token());
    post.post(tx, CredentialMails.link(district, url, issued.expiresAt(), rotation));
    boolean emailed = post.settings().smtpConfigured();
    return new LinkSent(district.contactEmail(), issued.expiresAt(), emailed, emailed ? null : url);
  }

  /**
   * Rotates the password: the old one stops working now, and the new one is made when the technical
   * contact opens the emailed link. Empty when there is no such district.
   */
  public Optional<LinkSent> rotate(String districtId, String by) {
    Optional<LinkSent> sent =
        jdbc.inTransaction(
            tx ->
                new DistrictStore(tx)
                    .find(districtId)
                    .map(
                        district -> {
                          new SftpAccountStore(tx).removePassword(districtId);
                          LinkSent link = sendLink(tx, district, true, by);
                          noteInside(
                              tx,
                              district,
                              "The SFTP password was rotated by "
                                  + by
                                  + "; the old one no longer works. A one-time link to the new one"
                                  + " went to the technical contact, "
                                  + district.contactEmail()
                                  + ".",
                              district.contactEmail());
                          return link;
                        }));
    post.deliverSoon();
    return sent;
  }

  /**
   * Adds an SSH key (already checked by {@code SshKeys.parse}) and tells the contacts; false, and
   * nobody told, when the district has it already.
   */
  public boolean addKey(String districtId, SshKey key, String by) {
    boolean added = new SftpAccountStore(jdbc).addKey(districtId, key);
    if (added) {
      note(
          districtId,
          "SSH key " + key.fingerprint() + " (" + key.algorithm() + ") was added by " + by + ".");
    }
    return added;
  }

  /** Removes an SSH key and tells the contacts; false when the district has no such key. */
  public boolean removeKey(String districtId, String fingerprint, String by) {
    boolean removed = new SftpAccountStore(jdbc).removeKey(districtId, fingerprint);
    if (removed) {
      note(districtId, "SSH key " + fingerprint + " was removed by " + by + ".");
    }
    return removed;
  }

  /**
   * Tells the contacts who chose credential emails that {@code what} happened. Logs instead of
   * throwing: the change is done, and failing its answer now would lose a password just shown.
   */
  public void note(String districtId, String what) {
    try {
      jdbc.inTransaction(
          tx -> {
            new DistrictStore(tx).find(districtId).ifPresent(d -> noteInside(tx, d, what, null));
            return null;
          });
      post.deliverSoon();
    } catch (RuntimeException e) {
      LOG.error("could not email district {} about a credentials change", districtId, e);
    }
  }

  private void noteInside(Jdbc tx, District district, String what, String skip) {
    List<String> to =
        new ContactStore(tx)
            .addressesFor(district.id(), Topic.CREDENTIALS).stream()
                .filter(address -> !address.equalsIgnoreCase(skip == null ? "" : skip))
                .toList();
    if (!to.isEmpty()) {
      post.post(tx, CredentialMails.changed(district, to, what, clock.instant()));
    }
  }
}
