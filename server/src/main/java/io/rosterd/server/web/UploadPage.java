package io.rosterd.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import io.rosterd.oneroster.ReadOptions;
import io.rosterd.oneroster.TempNames;
import io.rosterd.oneroster.UploadCheck;
import io.rosterd.oneroster.UploadResult;
import io.rosterd.server.district.District;
import io.rosterd.server.intake.UploadStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code /upload}: checks the posted files as {@code rosterd validate} would (strict when the
 * district is), shows the result, and unless the check refuses the upload drops the files into the
 * district's drop box, where the next run (or "Run now") takes them.
 */
final class UploadPage {
  private static final int MAX_FILES = 10;

  private final WebContext web;
  private final Dropping dropping;

  UploadPage(WebContext web) {
    this.web = web;
    this.dropping = new Dropping(web.dropBox, new UploadStore(web.jdbc()), web.clock);
  }

  void addTo(WebPages pages, RoutesConfig routes) {
    pages.add(routes, HandlerType.GET, "/upload", Who.SIGNED_IN, this::form);
    pages.add(routes, HandlerType.POST, "/upload", Who.SIGNED_IN, this::upload);
  }

  private void form(Visit visit) {
    String wanted = visit.ctx().queryParam("district");
    render(
        visit,
        200,
        new UploadView(reachable(visit), chosen(visit, wanted), null, null, List.of(), false));
  }

  private void upload(Visit visit) throws IOException {
    District district = web.district(visit, chosen(visit, visit.ctx().formParam("district")));
    List<UploadedFile> files = visit.ctx().uploadedFiles("files");
    if (files.isEmpty() || files.size() > MAX_FILES) {
      String error =
          files.isEmpty()
              ? "Choose a file to upload."
              : "Upload at most " + MAX_FILES + " files at once, or one .zip.";
      render(
          visit,
          400,
          new UploadView(
              reachable(visit), district.id(), error, null, List.of(), district.strict()));
      return;
    }
    Path folder = Files.createTempDirectory("rosterd-web-upload");
    try {
      List<Path> saved = save(files, folder);
      // One .zip is checked as the zip it is, the way a run reads it.
      Path checked =
          saved.size() == 1 && saved.get(0).toString().endsWith(".zip") ? saved.get(0) : folder;
      UploadResult result =
          UploadCheck.run(
              checked, district.strict() ? ReadOptions.strict() : ReadOptions.lenient());
      List<String> dropped = new ArrayList<>();
      if (!result.rejected()) {
        for (Path file : saved) {
          dropping.drop(district.id(), file, visit.ctx().ip());
          dropped.add(file.getFileName().toString());
        }
      }
      render(
          visit,
          200,
          new UploadView(
              reachable(visit), district.id(), null, result, dropped, district.strict()));
    } finally {
      deleteTree(folder);
    }
  }

  /** Saves each part under its own base name; a name a run would never take is refused. */
  private static List<Path> save(List<UploadedFile> files, Path folder) throws IOException {
    List<Path> saved = new ArrayList<>();
    for (UploadedFile file : files) {
      String name = Path.of(file.filename().replace('\\', '/')).getFileName().toString();
      if (name.isBlank() || TempNames.isTemporary(name) || name.length() > 200) {
        throw new BadRequestResponse(
            "'"
                + file.filename()
                + "' is not a name rosterd can take; upload orgs.csv, users.csv, roles.csv, manifest.csv or a .zip.");
      }
      Path target = folder.resolve(name);
      try (InputStream in = file.content()) {
        Files.copy(in, target);
      }
      saved.add(target);
    }
    return saved;
  }

  private List<String> reachable(Visit visit) {
    WebUser user = visit.user();
    return user.isSupport()
        ? web.districts.list().stream().map(District::id).toList()
        : List.of(user.district());
  }

  private static String chosen(Visit visit, String wanted) {
    WebUser user = visit.user();
    if (!user.isSupport()) {
      return user.district();
    }
    return wanted == null ? "" : wanted;
  }

  private static void render(Visit visit, int status, UploadView view) {
    Map<String, Object> params = new HashMap<>();
    params.put("chrome", Chrome.of(visit, "Upload"));
    params.put("view", view);
    Views.render(visit.ctx(), status, "upload.jte", params);
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
