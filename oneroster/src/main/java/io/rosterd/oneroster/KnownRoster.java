package io.rosterd.oneroster;

import java.util.Map;
import java.util.Optional;

/**
 * What already exists in the district (and, for emails, in the whole product) before this upload.
 * References that a file does not satisfy are looked up here. The library ships {@link #EMPTY}; the
 * sync pipeline supplies one backed by the database.
 */
public interface KnownRoster {

  KnownRoster EMPTY =
      new KnownRoster() {
        @Override
        public Map<String, KnownOrg> orgs() {
          return Map.of();
        }

        @Override
        public boolean hasUser(String sourcedId) {
          return false;
        }

        @Override
        public Optional<EmailOwner> emailOwner(String email) {
          return Optional.empty();
        }
      };

  /** Every current (not removed) org of the district, by sourcedId. Districts have few orgs. */
  Map<String, KnownOrg> orgs();

  /** Whether the district has a current user with this sourcedId. */
  boolean hasUser(String sourcedId);

  /**
   * Who holds this email anywhere in the product, if anyone, comparing case-insensitively. The
   * email is passed as written: only an implementation that looks it up lower-cases it.
   */
  Optional<EmailOwner> emailOwner(String email);

  /** An org that exists already. {@code parentSourcedId} is empty for a top-level org. */
  record KnownOrg(String sourcedId, String type, String parentSourcedId) {}

  /**
   * The holder of an email. For another district only that fact is known: its identity is never
   * shown to the uploading district.
   */
  record EmailOwner(boolean sameDistrict, String userSourcedId) {}
}
