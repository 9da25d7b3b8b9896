package io.rosterd.server.api;

import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.rosterd.server.district.AccessRequest;
import io.rosterd.server.district.AccessRequestStore;
import io.rosterd.server.district.DistrictExistsException;
import io.rosterd.server.district.DistrictRules;
import io.rosterd.server.http.JsonBody;
import io.rosterd.server.onboarding.Onboarding;
import io.rosterd.server.store.Jdbc;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code /api/access-requests}: a district asks to start (public, rate-limited per client address),
 * support lists the requests and approves or declines them.
 */
public final class AccessRequestRoutes implements RouteGroup {
  private static final Set<String> ASK =
      Set.of("districtName", "contactName", "contactEmail", "phone", "notes");
  private static final Set<String> STATES =
      Set.of(AccessRequest.PENDING, AccessRequest.APPROVED, AccessRequest.DECLINED);
  private static final Pattern PHONE = Pattern.compile("[0-9+()./ x-]{0,40}");
  private static final int MAX_NAME = 200;
  private static final int MAX_NOTES = 2000;

  private final AccessRequestStore requests;
  private final Onboarding onboarding;
  private final RateLimit limit;
  private final Clock clock;

  public AccessRequestRoutes(Jdbc jdbc, Onboarding onboarding, RateLimit limit, Clock clock) {
    this.requests = new AccessRequestStore(jdbc);
    this.onboarding = onboarding;
    this.limit = limit;
    this.clock = clock;
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
    String address = ctx.ip();
    Instant now = clock.instant();
    if (requests.countFrom(address, now.minus(limit.per())) >= limit.max()) {
      ctx.header("Retry-After", String.valueOf(limit.per().toSeconds()));
      throw new HttpResponseException(
          429,
          "too many access requests from this address: at most "
              + limit.max()
              + " in "
              + limit.per().toMinutes()
              + " minutes. Your earlier request reached support; they will contact you.");
    }
    AccessRequest request = requests.add(asked(JsonRequest.of(ctx, ASK)), address, now);
    onboarding.announce(request);
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

  private static AccessRequestStore.Asked asked(JsonRequest body) {
    String districtName = limited(body, "districtName", true, MAX_NAME);
    String contactName = limited(body, "contactName", true, MAX_NAME);
    String email = body.requiredText("contactEmail");
    if (DistrictRules.emailProblem(email).isPresent()) {
      throw Problems.badField("contactEmail", "an email address like it@district.k12.us", email);
    }
    String phone = limited(body, "phone", false, 40);
    if (!PHONE.matcher(phone).matches()) {
      throw Problems.badField(
          "phone", "a phone number: digits, spaces and + ( ) - . x, at most 40", phone);
    }
    String notes = limited(body, "notes", false, MAX_NOTES);
    return new AccessRequestStore.Asked(districtName, contactName, email, phone, notes);
  }

  private static String limited(JsonRequest body, String field, boolean required, int max) {
    String value = required ? body.requiredText(field) : body.text(field);
    String text = value == null ? "" : value.strip();
    if (text.length() > max) {
      throw Problems.badField(
          field, "at most " + max + " characters", text.length() + " characters");
    }
    if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
      throw Problems.badField(field, "text without control characters", "a control character");
    }
    return text;
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
    if (text.length() > MAX_NOTES) {
      throw Problems.badField("reason", "at most " + MAX_NOTES + " characters", text.length());
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
