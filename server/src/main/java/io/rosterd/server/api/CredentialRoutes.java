package io.rosterd.server.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.rosterd.server.credentials.BadKeyException;
import io.rosterd.server.credentials.SftpAccount;
import io.rosterd.server.credentials.SftpAccountStore;
import io.rosterd.server.credentials.SftpKey;
import io.rosterd.server.credentials.SshKey;
import io.rosterd.server.credentials.SshKeys;
import io.rosterd.server.district.District;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.http.JsonBody;
import io.rosterd.server.onboarding.CredentialChanges;
import io.rosterd.server.store.Jdbc;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/districts/{id}/credentials}: a district's SFTP login. Support, or the district's own
 * token: rotate the password (a new one-time link to the technical contact), list, add and remove
 * SSH keys, disable logins. Enabling them again is for support only: a disabled account may have
 * been disabled by support for a reason the district's token should not undo.
 */
public final class CredentialRoutes implements RouteGroup {
  private final DistrictStore districts;
  private final SftpAccountStore accounts;
  private final CredentialChanges changes;
  private final Clock clock;

  public CredentialRoutes(Jdbc jdbc, CredentialChanges changes, Clock clock) {
    this.districts = new DistrictStore(jdbc);
    this.accounts = new SftpAccountStore(jdbc);
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  public List<ApiRoute> routes() {
    String base = "/api/districts/{id}/credentials";
    return List.of(
        ApiRoute.get(
            base,
            Access.DISTRICT,
            "The SFTP account: username, enabled, password set when, lockout, keys; never a password",
            this::show),
        ApiRoute.post(
            base + "/rotate",
            Access.DISTRICT,
            "Rotate the password: the old one stops working now; a one-time link to the new one is"
                + " emailed to the technical contact",
            this::rotate),
        ApiRoute.get(base + "/keys", Access.DISTRICT, "The SSH public keys", this::keys),
        ApiRoute.post(
            base + "/keys",
            Access.DISTRICT,
            "Add an SSH public key: {\"publicKey\": \"ssh-ed25519 AAAA... comment\"}",
            this::addKey),
        ApiRoute.delete(
            base + "/keys/{fingerprint}",
            Access.DISTRICT,
            "Remove a key by its SHA256 fingerprint (write / as _ or %2F)",
            this::removeKey),
        ApiRoute.post(base + "/disable", Access.DISTRICT, "Refuse every SFTP login", this::disable),
        ApiRoute.post(
            base + "/enable",
            Access.SUPPORT,
            "Allow SFTP logins again, and lift a lockout",
            this::enable));
  }

  private void show(Context ctx, Caller caller) {
    District district = district(ctx, caller);
    Api.ok(ctx, Map.of("credentials", json(account(district))));
  }

  private void rotate(Context ctx, Caller caller) {
    District district = district(ctx, caller);
    CredentialChanges.LinkSent link =
        changes
            .rotate(district.id(), caller.tokenName())
            .orElseThrow(() -> Problems.notFound("district " + district.id()));
    Api.ok(ctx, Map.of("rotated", true, "credentialLink", linkJson(link)));
  }

  private void keys(Context ctx, Caller caller) {
    District district = district(ctx, caller);
    Api.ok(
        ctx, Map.of("keys", account(district).keys().stream().map(CredentialRoutes::key).toList()));
  }

  private void addKey(Context ctx, Caller caller) {
    District district = district(ctx, caller);
    SshKey key = parseKey(JsonRequest.of(ctx, Set.of("publicKey")).requiredText("publicKey"));
    boolean added = changes.addKey(district.id(), key, caller.tokenName());
    JsonBody.send(ctx, added ? 201 : 200, keyAdded(key, added));
  }

  private void removeKey(Context ctx, Caller caller) {
    District district = district(ctx, caller);
    String fingerprint = fingerprint(ctx.pathParam("fingerprint"));
    if (!changes.removeKey(district.id(), fingerprint, caller.tokenName())) {
      throw Problems.notFound("key " + fingerprint + " of district " + district.id());
    }
    Api.ok(ctx, Map.of("removed", fingerprint));
  }

  private void disable(Context ctx, Caller caller) {
    District district = district(ctx, caller);
    accounts.setEnabled(district.id(), false);
    changes.note(district.id(), "SFTP logins were disabled by " + caller.tokenName() + ".");
    Api.ok(ctx, Map.of("credentials", json(account(district))));
  }

  private void enable(Context ctx, Caller caller) {
    District district = district(ctx, caller);
    accounts.setEnabled(district.id(), true);
    changes.note(district.id(), "SFTP logins were enabled again by " + caller.tokenName() + ".");
    Api.ok(ctx, Map.of("credentials", json(account(district))));
  }

  private District district(Context ctx, Caller caller) {
    String id = ctx.pathParam("id");
    Problems.requireReach(caller, id);
    return districts.find(id).orElseThrow(() -> Problems.notFound("district " + id));
  }

  private SftpAccount account(District district) {
    return accounts
        .find(district.id(), clock.instant())
        .orElseThrow(() -> Problems.notFound("district " + district.id()));
  }

  /** Checked as {@code rosterd credentials add-key} checks a .pub file. */
  static SshKey parseKey(String text) {
    try {
      return SshKeys.parse(text);
    } catch (BadKeyException e) {
      throw new BadRequestResponse(
          "publicKey: " + e.getMessage(), Map.of("field", "publicKey", "expected", e.getMessage()));
    }
  }

  /**
   * A fingerprint from a path: standard base64 holds '/', which a path segment cannot carry
   * plainly, so base64url's '_' and '-' are read as '/' and '+', and the {@code SHA256:} prefix is
   * optional.
   */
  static String fingerprint(String text) {
    String digest = text.startsWith("SHA256:") ? text.substring("SHA256:".length()) : text;
    return "SHA256:" + digest.replace('_', '/').replace('-', '+');
  }

  static Map<String, Object> keyAdded(SshKey key, boolean added) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("fingerprint", key.fingerprint());
    json.put("algorithm", key.algorithm());
    json.put("comment", key.comment());
    json.put("added", added);
    return json;
  }

  static Map<String, Object> linkJson(CredentialChanges.LinkSent link) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("sentTo", link.to());
    json.put("expiresAt", link.expiresAt().toString());
    json.put("emailed", link.emailed());
    if (link.url() != null) {
      json.put("url", link.url()); // only without SMTP: support passes it on another way
      json.put("note", "no SMTP server is configured: give this link to the contact yourself");
    }
    return json;
  }

  private static Map<String, Object> key(SftpKey key) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("fingerprint", key.fingerprint());
    json.put("algorithm", key.algorithm());
    json.put("comment", key.comment());
    json.put("addedAt", key.addedAt().toString());
    return json;
  }

  private static Map<String, Object> json(SftpAccount account) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("username", account.username());
    json.put("enabled", account.enabled());
    json.put("hasPassword", account.hasPassword());
    json.put(
        "passwordSetAt",
        account.passwordSetAt() == null ? null : account.passwordSetAt().toString());
    json.put("failedLogins", account.failedAttempts());
    json.put(
        "lockedUntil", account.lockedUntil() == null ? null : account.lockedUntil().toString());
    json.put("keys", account.keys().stream().map(CredentialRoutes::key).toList());
    return json;
  }
}
