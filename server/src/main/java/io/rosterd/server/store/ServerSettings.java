package io.rosterd.server.store;

import java.util.Optional;

/**
 * What the running {@code rosterd serve} was started with that other rosterd processes on the
 * database must follow: command-line runs link their emails to its public URL and keep as many
 * reports as it does.
 */
public final class ServerSettings {
  public static final String PUBLIC_URL = "public_url";
  public static final String REPORTS_KEPT = "reports_kept";

  private final Jdbc jdbc;

  public ServerSettings(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Records a setting of the serve starting now. */
  public void put(String key, String value) {
    jdbc.update(
        "insert into server_settings (key, value) values (?, ?) on conflict (key)"
            + " do update set value = excluded.value, updated_at = now()",
        key,
        value);
  }

  public Optional<String> get(String key) {
    return jdbc.queryOne(
        "select value from server_settings where key = ?", r -> r.getString(1), key);
  }
}
