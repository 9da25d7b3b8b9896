package io.rosterd.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The documents of {@code docs/} that the build copies into the jar, as HTML: the guide shows the
 * same text the repository does, so a rule or a fix is written once.
 */
final class Docs {
  private Docs() {}

  /**
   * The document as HTML; headings get GitHub's ids (so {@code errors.md}'s own links work) after
   * {@code idPrefix}, and links between the documents point at the guide.
   */
  static String html(String name, String idPrefix) {
    var extensions =
        List.of(
            TablesExtension.create(), HeadingAnchorExtension.builder().idPrefix(idPrefix).build());
    Parser parser = Parser.builder().extensions(extensions).build();
    HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).build();
    String html = renderer.render(parser.parse(read(name)));
    return html.replace("href=\"errors.md", "href=\"/guide")
        .replace("href=\"oneroster.md", "href=\"/guide");
  }

  private static String read(String name) {
    try (InputStream in = Docs.class.getResourceAsStream("/docs/" + name)) {
      if (in == null) {
        throw new IllegalStateException(
            "docs/" + name + " is missing from the jar; the build copies it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
