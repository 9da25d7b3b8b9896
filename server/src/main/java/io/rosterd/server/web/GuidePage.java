package io.rosterd.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import io.javalin.http.NotFoundResponse;
import io.rosterd.server.intake.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code /guide}, public: the file rules, the templates to download and every issue code with its
 * fix; and the stylesheet every page uses.
 */
final class GuidePage {
  private final String rules = Docs.html("oneroster.md", "rules-");
  private final String errors = Docs.html("errors.md", "");
  private final String shortRules = text("/templates/README.txt");
  private final byte[] css = bytes("/web/rosterd.css");

  void addTo(WebPages pages, RoutesConfig routes) {
    pages.add(routes, HandlerType.GET, "/guide", Who.ANYONE, this::show);
    pages.add(routes, HandlerType.GET, "/guide/templates/{name}", Who.ANYONE, this::template);
    routes.get(
        "/static/rosterd.css",
        ctx ->
            ctx.contentType("text/css; charset=utf-8")
                .header("Cache-Control", "max-age=3600")
                .result(css));
  }

  private void show(Visit visit) {
    Views.render(
        visit.ctx(),
        "guide.jte",
        Map.of(
            "chrome", Chrome.of(visit, "File guide"),
            "templates", Templates.NAMES,
            "shortRules", shortRules,
            "rules", rules,
            "errors", errors));
  }

  private void template(Visit visit) throws IOException {
    String name = visit.ctx().pathParam("name");
    if (!Templates.NAMES.contains(name)) {
      throw new NotFoundResponse(
          "No template " + name + "; there are " + String.join(", ", Templates.NAMES) + ".");
    }
    try (InputStream in = Templates.open(name)) {
      visit
          .ctx()
          .contentType(
              name.endsWith(".csv") ? "text/csv; charset=utf-8" : "text/plain; charset=utf-8")
          .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
          .result(in.readAllBytes());
    }
  }

  private static String text(String resource) {
    return new String(bytes(resource), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = GuidePage.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
