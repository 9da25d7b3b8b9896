package io.rosterd.server.district;

import java.util.Set;

/**
 * Someone at a district who gets some of rosterd's emails.
 *
 * @param id null for the district's technical contact ({@code districts.contact_email}), who gets
 *     every email and is changed with the district
 */
public record Contact(Long id, String name, String email, Set<Topic> topics) {

  public Contact {
    topics = Set.copyOf(topics);
  }

  public boolean isTechnical() {
    return id == null;
  }
}
