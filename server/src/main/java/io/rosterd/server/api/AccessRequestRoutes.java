package io.rosterd.server.api;

import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.rosterd.server.district.AccessRequest;
import io.rosterd.server.district.AccessRequestStore;
import io.rosterd.server.district.DistrictExistsException;
import io.rosterd.server.district.DistrictRules;
import io.rosterd.server.http.JsonBody;
import io.rosterd.server.onboarding.AccessForm;
import io.rosterd.server.onboarding.Onboarding;
import io.rosterd.server.store.Jdbc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/access-requests}: a district asks to start (public, rate-limited per client address),
 * support lists the requests and approves or declines them. The rules, the limit and the decisions
 * are {@link Onboarding}'s and {@link AccessForm}'s, shared with the web pages.
 */
public final class AccessRequestRoutes implements RouteGroup {
  private static final Set<String> ASK =
      Set.of("districtName", "contactName", "contactEmail", "phone", "notes");
  private static final Set<String> STATES =
      Set.of(AccessRequest.PENDING, AccessRequest.APPROVED, AccessRequest.DECLINED);

  private final AccessRequestStore requests;
  private final Onboarding onboarding;

  public AccessRequestRoutes(Jdbc jdbc, Onboarding onboarding) {
    this.requests = new AccessRequestStore(jdbc);
    this.onboarding = onboarding;
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.post(
            "/api/access-requests",
            Access.PUBLIC,
            "Ask to start: districtName, contactName, contactEmail (the technical contact), phone,"
                + " notes. Limited per client address",
            this::ask),
        ApiRoute.get(
            "/api/access-requests",
            Access.SUPPORT,
            "Access requests, newest first; ?state=pending|approved|declined",
            this::list),
        ApiRoute.get("/api/access-requests/{id}", Access.SUPPORT, "One access request", this::get),
        ApiRoute.post(
            "/api/access-requests/{id}/approve",
            Access.SUPPORT,
            "Approve: districtId (the id to create), optional name. Creates the district and its"
                + " SFTP account and emails the technical contact a one-time credential link",
            this::approve),
        ApiRoute.post(
            "/api/access-requests/{id}/decline",
            Access.SUPPORT,
            "Decline, with a reason emailed to the requester",
            this::decline));
  }

  private void ask(Context ctx, Caller caller) {
    AccessRequest request;
    try {
      request = onboarding.ask(asked(JsonRequest.of(ctx, ASK)), ctx.ip());
    } catch (Onboarding.TooMany e) {
      ctx.header("Retry-After", String.valueOf(e.retryAfter().toSeconds()));
      throw new HttpResponseException(429, e.getMessage());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", request.id());
    body.put("state", request.state());
    body.put(
        "message",
        "Thank you. Support will check your request and email "
            + request.contactEmail()
            + " a link to your SFTP credentials.");
    JsonBody.send(ctx, 201, Map.of("accessRequest", body));
  }

  /** The fields' types are the API's to check; their rules are shared with the web form. */
  private static AccessRequestStore.Asked asked(JsonRequest body) {
    AccessForm.Checked checked =
        AccessForm.check(
            body.text("districtName"),
            body.text("contactName"),
            body.text("contactEmail"),
            body.text("phone"),
            body.text("notes"));
    if (!checked.ok()) {
      AccessForm.Problem first = checked.problems().get(0);
      throw Problems.badField(first.field(), first.expected(), first.found());
    }
    return checked.asked();
  }

  private void list(Context ctx, Caller caller) {
    String state = ctx.queryParam("state");
    if (state != null && !STATES.contains(state)) {
      throw Problems.badField("state", "pending, approved or declined", state);
    }
    Api.ok(
        ctx,
        Map.of(
            "accessRequests",
            requests.list(state).stream().map(AccessRequestRoutes::json).toList()));
  }

  private void get(Context ctx, Caller caller) {
    long id = id(ctx);
    AccessRequest request =
        requests.find(id).orElseThrow(() -> Problems.notFound("access request " + id));
    Api.ok(ctx, Map.of("accessRequest", json(request)));
  }

  private void approve(Context ctx, Caller caller) {
    long id = id(ctx);
    JsonRequest body = JsonRequest.of(ctx, Set.of("districtId", "name"));
    String districtId = body.requiredText("districtId");
    DistrictRules.idProblem(districtId)
        .ifPresent(
            problem -> {
              throw Problems.badField(
                  "districtId", "a district id like springfield-usd", districtId);
            });
    String name = body.text("name");
    if (name != null) {
      DistrictRules.nameProblem(name)
          .ifPresent(
              problem -> {
                throw Problems.badField("name", problem, name);
              });
    }
    Onboarding.Approved approved;
    try {
      approved =
          onboarding
              .approve(id, districtId, name, caller.tokenName())
              .orElseThrow(() -> Problems.notFound("access request " + id));
    } catch (DistrictExistsException e) {
      throw new ConflictResponse(
          "district " + districtId + " exists already: choose another districtId");
    } catch (Onboarding.AlreadyDecided e) {
      throw new ConflictResponse(e.getMessage());
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("accessRequest", json(approved.request()));
    answer.put("district", approved.district().id());
    answer.put("credentialLink", CredentialRoutes.linkJson(approved.link()));
    Api.ok(ctx, answer);
  }

  private void decline(Context ctx, Caller caller) {
    long id = id(ctx);
    JsonRequest body = JsonRequest.of(ctx, Set.of("reason"));
    String reason = body.text("reason");
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty() || text.length() > AccessForm.MAX_NOTES) {
      // The reason is emailed to the requester: a decline without one tells them nothing.
      throw Problems.badField(
          "reason",
          "a reason of 1 to " + AccessForm.MAX_NOTES + " characters, emailed to the requester",
          text.isEmpty() ? "none" : text.length() + " characters");
    }
    try {
      AccessRequest declined =
          onboarding
              .decline(id, text, caller.tokenName())
              .orElseThrow(() -> Problems.notFound("access request " + id));
      Api.ok(ctx, Map.of("accessRequest", json(declined)));
    } catch (Onboarding.AlreadyDecided e) {
      throw new ConflictResponse(e.getMessage());
    }
  }

  private static long id(Context ctx) {
    String text = ctx.pathParam("id");
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw Problems.notFound("access request " + text);
    }
  }

  static Map<String, Object> json(AccessRequest r) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", r.id());
    json.put("state", r.state());
    json.put("districtName", r.districtName());
    json.put("contactName", r.contactName());
    json.put("contactEmail", r.contactEmail());
    json.put("phone", r.phone());
    json.put("notes", r.notes());
    json.put("createdAt", String.valueOf(r.createdAt()));
    json.put("district", r.district());
    json.put("decidedBy", r.decidedBy());
    json.put("decidedAt", r.decidedAt() == null ? null : r.decidedAt().toString());
    json.put("declineReason", r.declineReason());
    return json;
  }
}
