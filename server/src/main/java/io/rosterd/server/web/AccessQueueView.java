package io.rosterd.server.web;

import io.rosterd.server.district.AccessRequest;
import io.rosterd.server.onboarding.CredentialChanges;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The access-request queue, and what the last decision did.
 *
 * @param state the state filter, "" for every request
 */
public record AccessQueueView(List<AccessRequest> requests, String state, Outcome outcome) {

  /**
   * What an approval or a decline did, or why it was refused.
   *
   * @param district the district an approval made, or null
   * @param link the credential link an approval sent, or null
   * @param request the request a refusal is about (0 when none), whose form keeps {@code typed}
   */
  public record Outcome(
      String notice,
      String district,
      CredentialChanges.LinkSent link,
      String error,
      long request,
      String typed) {
    static final Outcome NONE = new Outcome(null, null, null, null, 0, null);

    static Outcome refused(long request, String typed, String error) {
      return new Outcome(null, null, null, error, request, typed);
    }
  }

  public static boolean pending(AccessRequest request) {
    return request.state().equals(AccessRequest.PENDING);
  }

  /** The id the Approve form offers: what support typed, when refused, else one from the name. */
  public String suggestedId(AccessRequest request) {
    if (request.id() == outcome.request() && outcome.typed() != null) {
      return outcome.typed();
    }
    String ascii =
        Normalizer.normalize(request.districtName(), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    return ascii.length() > 63 ? ascii.substring(0, 63).replaceAll("-+$", "") : ascii;
  }

  public static String time(java.time.Instant time) {
    return Times.text(time);
  }
}
