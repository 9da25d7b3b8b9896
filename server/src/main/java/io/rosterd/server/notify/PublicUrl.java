package io.rosterd.server.notify;

import io.rosterd.server.store.Jdbc;
import java.util.Optional;

/**
 * The public URL {@code rosterd serve} was started with, kept in the database so that emails made
 * by other rosterd processes (command-line runs) link where people really reach rosterd.
 */
public final class PublicUrl {
  private static final String KEY = "public_url";

  private PublicUrl() {}

  /** Records the URL of the serve starting now. */
  public static void store(Jdbc jdbc, String url) {
    jdbc.update(
        "insert into server_settings (key, value) values (?, ?) on conflict (key)"
            + " do update set value = excluded.value, updated_at = now()",
        KEY,
        url);
  }

  static Optional<String> stored(Jdbc jdbc) {
    return jdbc.queryOne(
        "select value from server_settings where key = ?", r -> r.getString(1), KEY);
  }
}
