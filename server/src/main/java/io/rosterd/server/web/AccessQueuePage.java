package io.rosterd.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import io.javalin.http.NotFoundResponse;
import io.rosterd.server.district.AccessRequest;
import io.rosterd.server.district.AccessRequestStore;
import io.rosterd.server.district.DistrictExistsException;
import io.rosterd.server.district.DistrictRules;
import io.rosterd.server.onboarding.AccessForm;
import io.rosterd.server.onboarding.CredentialChanges;
import io.rosterd.server.onboarding.Onboarding;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /access-requests}, support only: the queue of access requests, pending first, with Approve
 * and Decline. Decisions go through {@link Onboarding}, as the API's do: one transaction makes the
 * district, its SFTP account and the emailed one-time link, or nothing.
 */
final class AccessQueuePage {
  private static final Set<String> STATES =
      Set.of(AccessRequest.PENDING, AccessRequest.APPROVED, AccessRequest.DECLINED);

  private final WebContext web;
  private final AccessRequestStore requests;

  AccessQueuePage(WebContext web) {
    this.web = web;
    this.requests = new AccessRequestStore(web.jdbc());
  }

  void addTo(WebPages pages, RoutesConfig routes) {
    pages.add(
        routes,
        HandlerType.GET,
        "/access-requests",
        Who.SUPPORT,
        v -> show(v, AccessQueueView.Outcome.NONE, 200));
    pages.add(
        routes, HandlerType.POST, "/access-requests/{id}/approve", Who.SUPPORT, this::approve);
    pages.add(
        routes, HandlerType.POST, "/access-requests/{id}/decline", Who.SUPPORT, this::decline);
  }

  private void approve(Visit visit) {
    long id = id(visit);
    String districtId = strip(visit.ctx().formParam("districtId"));
    Optional<String> problem = DistrictRules.idProblem(districtId);
    if (problem.isPresent()) {
      show(
          visit,
          AccessQueueView.Outcome.refused(
              id, districtId, "Request " + id + " was not approved: " + problem.get()),
          400);
      return;
    }
    try {
      Optional<Onboarding.Approved> approved =
          web.onboarding.approve(id, districtId, null, visit.user().email());
      if (approved.isEmpty()) {
        show(visit, AccessQueueView.Outcome.refused(id, districtId, noSuch(id)), 404);
        return;
      }
      CredentialChanges.LinkSent link = approved.get().link();
      show(
          visit,
          new AccessQueueView.Outcome(
              "Request "
                  + id
                  + " approved: district "
                  + districtId
                  + " was made, with its SFTP account. A one-time link to its password "
                  + (link.emailed() ? "was emailed to " : "is for ")
                  + link.to()
                  + "; it works until "
                  + Times.text(link.expiresAt())
                  + ".",
              districtId,
              link,
              null,
              0,
              null),
          200);
    } catch (DistrictExistsException e) {
      show(
          visit,
          AccessQueueView.Outcome.refused(
              id, districtId, "District " + districtId + " exists already: choose another id."),
          409);
    } catch (Onboarding.AlreadyDecided e) {
      show(visit, AccessQueueView.Outcome.refused(id, districtId, sentence(e)), 409);
    }
  }

  private void decline(Visit visit) {
    long id = id(visit);
    String reason = strip(visit.ctx().formParam("reason"));
    if (reason.isEmpty() || reason.length() > AccessForm.MAX_NOTES) {
      show(
          visit,
          AccessQueueView.Outcome.refused(
              id,
              null,
              "Request "
                  + id
                  + " was not declined: give a reason (at most "
                  + AccessForm.MAX_NOTES
                  + " characters); it is emailed to the requester."),
          400);
      return;
    }
    try {
      Optional<AccessRequest> declined = web.onboarding.decline(id, reason, visit.user().email());
      if (declined.isEmpty()) {
        show(visit, AccessQueueView.Outcome.refused(id, null, noSuch(id)), 404);
        return;
      }
      show(
          visit,
          new AccessQueueView.Outcome(
              "Request "
                  + id
                  + " declined; "
                  + declined.get().contactEmail()
                  + " is told why by email.",
              null,
              null,
              null,
              0,
              null),
          200);
    } catch (Onboarding.AlreadyDecided e) {
      show(visit, AccessQueueView.Outcome.refused(id, null, sentence(e)), 409);
    }
  }

  private void show(Visit visit, AccessQueueView.Outcome outcome, int status) {
    String state = visit.ctx().queryParam("state");
    String filter = state != null && STATES.contains(state) ? state : null;
    // Pending first, since they wait for someone; newest first within each.
    List<AccessRequest> shown =
        requests.list(filter).stream()
            .sorted(
                Comparator.comparing((AccessRequest r) -> !r.state().equals(AccessRequest.PENDING))
                    .thenComparing(AccessRequest::id, Comparator.reverseOrder()))
            .toList();
    Map<String, Object> params = new HashMap<>();
    params.put("chrome", Chrome.of(visit, "Access requests"));
    params.put("view", new AccessQueueView(shown, filter == null ? "" : filter, outcome));
    Views.render(visit.ctx(), status, "access-requests.jte", params);
  }

  private static long id(Visit visit) {
    String text = visit.ctx().pathParam("id");
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new NotFoundResponse("No access request " + text + ".");
    }
  }

  private static String noSuch(long id) {
    return "No access request " + id + ".";
  }

  private static String sentence(Onboarding.AlreadyDecided e) {
    String text = e.getMessage();
    return Character.toUpperCase(text.charAt(0)) + text.substring(1) + "; nothing changed.";
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }
}
