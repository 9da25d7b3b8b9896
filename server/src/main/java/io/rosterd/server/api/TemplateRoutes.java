package io.rosterd.server.api;

import io.javalin.http.Context;
import io.rosterd.server.intake.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * {@code /templates/…}: the file templates, public, the very resources every SFTP home's {@code
 * templates/} folder holds, so the two never differ.
 */
public final class TemplateRoutes implements RouteGroup {

  @Override
  public List<ApiRoute> routes() {
    return Templates.NAMES.stream()
        .map(
            name ->
                ApiRoute.get(
                    "/templates/" + name,
                    Access.PUBLIC,
                    "The " + name + " template, as in the SFTP templates/ folder",
                    (ctx, caller) -> send(ctx, name)))
        .toList();
  }

  private static void send(Context ctx, String name) throws IOException {
    byte[] content;
    try (InputStream in = Templates.open(name)) {
      content = in.readAllBytes();
    }
    ctx.contentType(
        name.endsWith(".csv") ? "text/csv; charset=utf-8" : "text/plain; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.result(content);
  }
}
