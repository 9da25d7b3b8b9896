package io.rosterd.server.district;

import io.rosterd.server.store.Jdbc;
import io.rosterd.server.store.StoreException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A district's contacts: its technical contact (the district's contact email, every email) and
 * those added in {@code district_contacts}, each with the topics they chose.
 */
public final class ContactStore {
  private final Jdbc jdbc;

  public ContactStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** The technical contact first, then the others by when they were added; empty: no district. */
  public Optional<List<Contact>> of(String district) {
    return new DistrictStore(jdbc)
        .find(district)
        .map(
            d -> {
              List<Contact> all = new ArrayList<>();
              all.add(
                  new Contact(
                      null, "technical contact", d.contactEmail(), EnumSet.allOf(Topic.class)));
              all.addAll(added(district));
              return all;
            });
  }

  /** The distinct addresses that get {@code topic} for the district (none: no such district). */
  public List<String> addressesFor(String district, Topic topic) {
    Map<String, String> addresses = new LinkedHashMap<>(); // one email an address, however cased
    for (Contact contact : of(district).orElse(List.of())) {
      if (contact.topics().contains(topic)) {
        addresses.putIfAbsent(contact.email().toLowerCase(Locale.ROOT), contact.email());
      }
    }
    return List.copyOf(addresses.values());
  }

  /**
   * Adds a contact.
   *
   * @return empty when the district has a contact with that address already, in any case (the
   *     technical contact included): addresses are case-insensitive in practice
   */
  public Optional<Contact> add(String district, String name, String email, Set<Topic> topics) {
    if (of(district).orElse(List.of()).stream()
        .anyMatch(contact -> contact.email().equalsIgnoreCase(email))) {
      return Optional.empty();
    }
    String[] labels = topics.stream().map(Topic::label).sorted().toArray(String[]::new);
    try {
      return jdbc.queryOne(
          "insert into district_contacts (district_id, name, email, topics)"
              + " values (?, ?, ?, ?::text[]) returning id, name, email, topics",
          ContactStore::contact,
          district,
          name,
          email,
          "{" + String.join(",", labels) + "}");
    } catch (StoreException e) {
      if (e.isUniqueViolation()) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Removes a contact; false when the district has no contact with that id. */
  public boolean remove(String district, long id) {
    return jdbc.update(
            "delete from district_contacts where district_id = ? and id = ?", district, id)
        > 0;
  }

  private List<Contact> added(String district) {
    return jdbc.query(
        "select id, name, email, topics from district_contacts where district_id = ? order by id",
        ContactStore::contact,
        district);
  }

  private static Contact contact(ResultSet row) throws SQLException {
    Set<Topic> topics = EnumSet.noneOf(Topic.class);
    Arrays.stream((String[]) row.getArray("topics").getArray()).map(Topic::of).forEach(topics::add);
    return new Contact(row.getLong("id"), row.getString("name"), row.getString("email"), topics);
  }
}
