package io.rosterd.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import io.rosterd.server.credentials.BadKeyException;
import io.rosterd.server.credentials.SshKey;
import io.rosterd.server.credentials.SshKeys;
import io.rosterd.server.district.District;
import io.rosterd.server.onboarding.CredentialChanges;

/**
 * The district page's SFTP account forms: add and remove an SSH key, rotate the password. Support
 * or the district's own contacts, as the API lets support or the district's token; each goes
 * through {@link CredentialChanges}, as the API does, so the same people are told by email.
 */
final class SftpForms {
  private final WebContext web;
  private final DistrictPage page;

  SftpForms(WebContext web, DistrictPage page) {
    this.web = web;
    this.page = page;
  }

  void addTo(WebPages pages, RoutesConfig routes) {
    String base = "/districts/{id}/sftp";
    pages.add(routes, HandlerType.POST, base + "/keys", Who.SIGNED_IN, this::addKey);
    pages.add(routes, HandlerType.POST, base + "/keys/remove", Who.SIGNED_IN, this::removeKey);
    pages.add(routes, HandlerType.POST, base + "/rotate", Who.SIGNED_IN, this::rotate);
  }

  private void addKey(Visit visit) {
    District district = web.district(visit, visit.ctx().pathParam("id"));
    String text = visit.ctx().formParam("publicKey");
    SshKey key;
    try {
      key = SshKeys.parse(text == null ? "" : text);
    } catch (BadKeyException e) {
      // The message names the rule and never echoes a private key pasted by mistake.
      page.show(visit, null, "The key was not added: " + e.getMessage(), null, 400);
      return;
    }
    boolean added = web.credentials.addKey(district.id(), key, visit.user().email());
    page.show(
        visit,
        added
            ? "Key " + key.fingerprint() + " (" + key.algorithm() + ") added."
            : "The account has key " + key.fingerprint() + " already; nothing changed.",
        null,
        null,
        200);
  }

  private void removeKey(Visit visit) {
    District district = web.district(visit, visit.ctx().pathParam("id"));
    String fingerprint = visit.ctx().formParam("fingerprint");
    if (fingerprint == null
        || !web.credentials.removeKey(district.id(), fingerprint, visit.user().email())) {
      page.show(
          visit,
          null,
          "The account has no key " + fingerprint + ": it may have been removed already.",
          null,
          404);
      return;
    }
    page.show(visit, "Key " + fingerprint + " removed.", null, null, 200);
  }

  private void rotate(Visit visit) {
    District district = web.district(visit, visit.ctx().pathParam("id"));
    var sent = web.credentials.rotate(district.id(), visit.user().email());
    if (sent.isEmpty()) {
      page.show(visit, null, "No district " + district.id() + ".", null, 404);
      return;
    }
    CredentialChanges.LinkSent link = sent.get();
    page.show(
        visit,
        "Password rotated: the old one no longer works. A one-time link to the new one "
            + (link.emailed() ? "was emailed to " : "is for ")
            + link.to()
            + "; it works until "
            + Times.text(link.expiresAt())
            + ".",
        null,
        link,
        200);
  }
}
