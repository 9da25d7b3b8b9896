package io.rosterd.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.rosterd.server.credentials.CredentialLinks;
import io.rosterd.server.http.Routes;
import java.util.List;
import java.util.Map;

/**
 * {@code /credentials/{token}}: the page an emailed link opens. Plain HTML forms, no script: it
 * shows where to connect, a button that makes and shows the password once, and a form to add an SSH
 * public key. It is the JSON routes of {@link CredentialLinkRoutes}, rendered.
 */
public final class CredentialPage implements Routes {
  private final CredentialLinkRoutes links;

  public CredentialPage(CredentialLinkRoutes links) {
    this.links = links;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/credentials/{token}", ctx -> page(ctx, () -> look(ctx)));
    routes.post("/credentials/{token}", ctx -> page(ctx, () -> reveal(ctx)));
    routes.post("/credentials/{token}/keys", ctx -> page(ctx, () -> addKey(ctx)));
  }

  private interface Body {
    String html();
  }

  private static void page(Context ctx, Body body) {
    // Never cached, never sent on as a referrer: the address holds the link's token.
    ctx.header("Cache-Control", "no-store");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Robots-Tag", "noindex");
    ctx.header(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
    String html;
    try {
      html = body.html();
    } catch (HttpResponseException e) {
      ctx.status(e.getStatus());
      html = "<h1>This link cannot be used</h1><p>" + escape(e.getMessage()) + "</p>";
    }
    ctx.contentType("text/html; charset=utf-8")
        .result(
            "<!doctype html><html lang=en><head><meta charset=utf-8><title>rosterd SFTP"
                + " credentials</title><style>body{font-family:sans-serif;max-width:44em;margin:2em"
                + " auto;padding:0 1em}code,pre{background:#f4f4f4;padding:.2em}</style></head><body>"
                + html
                + "</body></html>");
  }

  private String look(Context ctx) {
    String token = ctx.pathParam("token");
    Map<String, Object> endpoint = links.endpoint(links.live(token));
    return "<h1>SFTP credentials for "
        + escape(endpoint.get("district"))
        + "</h1>"
        + where(endpoint)
        + "<p>The password is made when you press the button, and shown only that once.</p>"
        + "<form method=post action='/credentials/"
        + escape(token)
        + "'>"
        + "<button type=submit>Show the password</button></form>"
        + keyForm(token);
  }

  private String reveal(Context ctx) {
    String token = ctx.pathParam("token");
    CredentialLinks.Revealed revealed = links.reveal(token, ctx.ip());
    Map<String, Object> endpoint = links.endpoint(revealed.link());
    return "<h1>SFTP credentials for "
        + escape(endpoint.get("district"))
        + "</h1>"
        + where(endpoint)
        + "<p>Password: <code id=password>"
        + escape(revealed.password())
        + "</code></p>"
        + "<p><strong>This password is shown only this once.</strong> Put it in your export"
        + " job's settings or a password manager now.</p>"
        + keyForm(token);
  }

  private String addKey(Context ctx) {
    String token = ctx.pathParam("token");
    String text = ctx.formParam("publicKey");
    if (text == null || text.isBlank()) {
      throw Problems.badRequest("paste the public key (the .pub file) into the box");
    }
    Map<String, Object> added = links.addKey(token, text, ctx.ip());
    return "<h1>Key "
        + (Boolean.TRUE.equals(added.get("added")) ? "added" : "already there")
        + "</h1><p>Fingerprint: <code>"
        + escape(added.get("fingerprint"))
        + "</code></p>";
  }

  private static String where(Map<String, Object> e) {
    StringBuilder keys = new StringBuilder();
    for (Object line : (List<?>) e.get("hostKeys")) {
      keys.append("<li><code>").append(escape(line)).append("</code></li>");
    }
    return "<p>Host: <code>"
        + escape(e.get("host"))
        + "</code> port <code>"
        + escape(e.get("port"))
        + "</code> username <code>"
        + escape(e.get("username"))
        + "</code></p>"
        + "<p>The server's host keys (check them on your first connection):</p><ul>"
        + keys
        + "</ul>";
  }

  private static String keyForm(String token) {
    return "<h2>Add an SSH public key</h2><p>Better for an unattended export than a password."
        + " Paste one line of your <code>.pub</code> file (Ed25519, ECDSA, or RSA of 3072 bits or"
        + " more).</p><form method=post action='/credentials/"
        + escape(token)
        + "/keys'>"
        + "<textarea name=publicKey rows=4 cols=70></textarea><br><button type=submit>Add the"
        + " key</button></form>";
  }

  static String escape(Object value) {
    return String.valueOf(value)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
