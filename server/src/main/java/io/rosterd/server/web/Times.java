package io.rosterd.server.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as pages show them: UTC to the minute, which every reader can compare. */
final class Times {
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private Times() {}

  static String text(Instant time) {
    return time == null ? "—" : MINUTE.format(time);
  }

  static String text(String isoInstant) {
    return isoInstant == null ? "—" : text(Instant.parse(isoInstant));
  }
}
