package io.rosterd.server.api;

import io.javalin.http.Context;
import io.javalin.http.GoneResponse;
import io.rosterd.server.credentials.CredentialLink;
import io.rosterd.server.credentials.CredentialLinks;
import io.rosterd.server.credentials.LinkGoneException;
import io.rosterd.server.credentials.SftpAccountStore;
import io.rosterd.server.credentials.SftpEndpoint;
import io.rosterd.server.credentials.SshKey;
import io.rosterd.server.http.JsonBody;
import io.rosterd.server.onboarding.CredentialChanges;
import io.rosterd.server.store.Jdbc;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/credential-links/{token}}: what a one-time link does, without a bearer token (the
 * link's token is the credential). Looking at a link changes nothing; the password is made and
 * shown by a POST, because mail scanners and link previews fetch every link in an email with GET
 * and would otherwise use it up before the contact sees it.
 */
public final class CredentialLinkRoutes implements RouteGroup {
  private final CredentialLinks links;
  private final SftpAccountStore accounts;
  private final CredentialChanges changes;
  private final SftpEndpoint sftp;
  private final Clock clock;

  public CredentialLinkRoutes(
      Jdbc jdbc, CredentialChanges changes, SftpEndpoint sftp, Clock clock) {
    this.links = new CredentialLinks(jdbc);
    this.accounts = new SftpAccountStore(jdbc);
    this.changes = changes;
    this.sftp = sftp;
    this.clock = clock;
  }

  @Override
  public List<ApiRoute> routes() {
    String base = "/api/credential-links/{token}";
    return List.of(
        ApiRoute.get(
            base,
            Access.PUBLIC,
            "What a one-time link is for: district, SFTP host, port, username, host keys, expiry;"
                + " not the password. 410 once used or expired",
            this::look),
        ApiRoute.post(
            base + "/reveal",
            Access.PUBLIC,
            "Make and show the SFTP password, once; 410 after",
            this::reveal),
        ApiRoute.post(
            base + "/keys",
            Access.PUBLIC,
            "Add an SSH public key to the district's account: {\"publicKey\": \"ssh-ed25519 ...\"}",
            this::addKey));
  }

  private void look(Context ctx, Caller caller) {
    CredentialLink link = live(ctx.pathParam("token"));
    Map<String, Object> json = endpoint(link);
    json.put("expiresAt", link.expiresAt().toString());
    Api.ok(ctx, Map.of("credentialLink", json));
  }

  private void reveal(Context ctx, Caller caller) {
    CredentialLinks.Revealed revealed = reveal(ctx.pathParam("token"), ctx.ip());
    Map<String, Object> json = endpoint(revealed.link());
    json.put("password", revealed.password());
    json.put("revealedAt", revealed.link().revealedAt().toString());
    json.put(
        "note",
        "This password is shown only this once. Keep it in your export job's settings or a"
            + " password manager.");
    Api.ok(ctx, Map.of("credentials", json));
  }

  /** Shared with the HTML page: the password once, or a 404 / 410 with what to do. */
  CredentialLinks.Revealed reveal(String token, String address) {
    try {
      CredentialLinks.Revealed revealed =
          links.reveal(token, address, clock.instant()).orElseThrow(CredentialLinkRoutes::unknown);
      changes.note(
          revealed.link().district(),
          "The SFTP password was shown through the one-time link, to " + address + ".");
      return revealed;
    } catch (LinkGoneException e) {
      throw new GoneResponse(e.getMessage());
    }
  }

  private void addKey(Context ctx, Caller caller) {
    String text = JsonRequest.of(ctx, Set.of("publicKey")).requiredText("publicKey");
    Map<String, Object> added = addKey(ctx.pathParam("token"), text, ctx.ip());
    JsonBody.send(ctx, Boolean.TRUE.equals(added.get("added")) ? 201 : 200, added);
  }

  /** Shared with the HTML page: the key as added (or there already), or a 400 / 404 / 410. */
  Map<String, Object> addKey(String token, String text, String address) {
    SshKey key = CredentialRoutes.parseKey(text);
    CredentialLink link = found(token);
    link.closedForKeys(clock.instant())
        .ifPresent(
            why -> {
              throw new GoneResponse(why);
            });
    boolean added = accounts.addKey(link.district(), key);
    if (added) {
      changes.note(
          link.district(),
          "SSH key "
              + key.fingerprint()
              + " ("
              + key.algorithm()
              + ") was added through the one-time link, from "
              + address
              + ".");
    }
    return CredentialRoutes.keyAdded(key, added);
  }

  /** The link, if it can still show its password. */
  CredentialLink live(String token) {
    CredentialLink link = found(token);
    link.spent(clock.instant())
        .ifPresent(
            why -> {
              throw new GoneResponse(why);
            });
    return link;
  }

  private CredentialLink found(String token) {
    return links.find(token).orElseThrow(CredentialLinkRoutes::unknown);
  }

  private static io.javalin.http.NotFoundResponse unknown() {
    return new io.javalin.http.NotFoundResponse(
        "this credential link does not exist: check that the whole link was copied from the email");
  }

  Map<String, Object> endpoint(CredentialLink link) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("district", link.district());
    json.put("host", sftp.host());
    json.put("port", sftp.port());
    json.put("username", accounts.find(link.district(), clock.instant()).orElseThrow().username());
    json.put("hostKeys", sftp.hostKeys());
    return json;
  }
}
