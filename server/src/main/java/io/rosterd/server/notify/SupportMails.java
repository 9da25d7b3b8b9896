package io.rosterd.server.notify;

import java.time.Instant;
import java.util.List;

/** The texts of the alerts to support. */
final class SupportMails {
  private SupportMails() {}

  static Email stale(String to, String district, String name, Instant lastSuccess, String since) {
    String when =
        lastSuccess == null
            ? "has had no successful run since it was created, " + since
            : "has had no successful run since " + lastSuccess;
    String body =
        "District "
            + name
            + " ("
            + district
            + ") "
            + when
            + ".\n\nLook at its runs ('rosterd runs list --district "
            + district
            + "') and its uploads; the district may need a hand with its export.\n";
    return Email.of(
            "district.stale",
            district,
            List.of(to),
            "rosterd: no successful run of "
                + district
                + " since "
                + (lastSuccess == null ? since : lastSuccess),
            body)
        .withDedupeKey("stale:" + district + ":" + (lastSuccess == null ? "never" : lastSuccess));
  }

  static Email runFailed(String to, String district, Long run, String error, Instant at) {
    String body =
        "A run of district "
            + district
            + (run == null ? "" : " (run " + run + ")")
            + " failed at "
            + at
            + ": "
            + error
            + ".\n\nThe log has the details. The files stay in the archive or the drop box and are"
            + " run again; if it keeps failing, the district's roster is not being updated.\n";
    return Email.of(
        "run.failed", district, List.of(to), "rosterd: a run of " + district + " failed", body);
  }
}
