package io.rosterd.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders the JTE templates of {@code src/main/jte}, compiled into classes at build time (so the
 * jar carries no template compiler). The Html content type escapes every value by where it lands.
 */
final class Views {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Views() {}

  /** Renders {@code template} (e.g. "login.jte") with its parameters as the answer. */
  static void render(Context ctx, int status, String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    ENGINE.render(template, params, out);
    ctx.status(status).header("Cache-Control", "no-store").html(out.toString());
  }

  static void render(Context ctx, String template, Map<String, Object> params) {
    render(ctx, 200, template, params);
  }
}
