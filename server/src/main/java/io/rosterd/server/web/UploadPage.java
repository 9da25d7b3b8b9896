package io.rosterd.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.HandlerType;
import io.rosterd.oneroster.ReadOptions;
import io.rosterd.oneroster.RowSink;
import io.rosterd.oneroster.UploadCheck;
import io.rosterd.oneroster.UploadResult;
import io.rosterd.server.district.District;
import io.rosterd.server.intake.HomeLimits;
import io.rosterd.server.intake.UploadReceiver;
import io.rosterd.server.intake.UploadRefusedException;
import io.rosterd.server.sync.CurrentRoster;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * {@code /upload}: checks the posted files as {@code rosterd validate} would (strict when the
 * district is), shows the result, and unless the check refuses the upload hands the files to the
 * {@link UploadReceiver} that the API's uploads go through, so they meet the SFTP drop box's rules
 * and limits (names, file size, the district's quota, counted with the uploads going on) and are
 * recorded for the next run (or "Run now") as an SFTP upload is.
 */
final class UploadPage {
  private static final int MAX_FILES = 10;

  /**
   * The attribute Jetty reads a request's multipart settings from (Javalin sets it the same way).
   */
  private static final String MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";

  private final WebContext web;
  private final HomeLimits limits;
  private final Path spool;

  UploadPage(WebContext web) {
    this.web = web;
    this.limits = web.uploads.limits();
    // The data folder's disk has room for uploads, as for the API's (the system's /tmp may not).
    this.spool = web.config.dataDir().resolve("http-uploads");
  }

  void addTo(WebPages pages, RoutesConfig routes) {
    pages.add(routes, HandlerType.GET, "/upload", Who.SIGNED_IN, this::form);
    pages.add(routes, HandlerType.POST, "/upload", Who.SIGNED_IN, this::parts, this::upload);
  }

  private void form(Visit visit) {
    String wanted = visit.ctx().queryParam("district");
    render(
        visit,
        200,
        new UploadView(reachable(visit), chosen(visit, wanted), null, null, List.of(), false));
  }

  /**
   * Reads the form with the drop box's limits, before anything else reads it: Jetty writes each
   * part to disk as it arrives and stops at the file-size limit or, for all of them, the quota, so
   * a request past either costs neither memory nor much disk. The parts are deleted when the
   * request ends.
   */
  private AutoCloseable parts(Visit visit) throws IOException {
    var req = visit.ctx().req();
    if (!visit.ctx().isMultipartFormData()) {
      return () -> {};
    }
    Files.createDirectories(spool);
    req.setAttribute(
        MULTIPART_CONFIG,
        new MultipartConfigElement(spool.toString(), limits.maxFileSize(), limits.quota(), 0));
    Collection<Part> parts;
    try {
      parts = req.getParts();
    } catch (IOException | ServletException | IllegalStateException | UncheckedIOException e) {
      throw unreadable(e);
    }
    return () -> {
      for (Part part : parts) {
        part.delete();
      }
    };
  }

  /**
   * Jetty stopped reading the form. Its words (jetty-http 12.1, as UploadRoutes reads them) tell a
   * file past the file-size limit from a form past the quota.
   */
  private RuntimeException unreadable(Exception e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      text.append(t.getMessage()).append(' ');
    }
    if (text.toString().contains("max file size exceeded")) {
      return new ContentTooLargeResponse(
          "A file is larger than allowed: "
              + HomeLimits.fileTooLarge(limits.maxFileSize())
              + ". Nothing was uploaded.");
    }
    if (text.toString().contains("max length exceeded")) {
      return new ContentTooLargeResponse(
          "The files are larger together than the district's quota allows: "
              + HomeLimits.quotaReached(limits.quota())
              + ". Nothing was uploaded.");
    }
    return new BadRequestResponse(
        "The upload could not be read; choose the files again and resend the form.");
  }

  private void upload(Visit visit) throws IOException, ServletException {
    District district = web.district(visit, chosen(visit, visit.ctx().formParam("district")));
    List<Part> files = files(visit);
    if (files.isEmpty() || files.size() > MAX_FILES) {
      refuse(
          visit,
          district,
          400,
          files.isEmpty()
              ? "Choose a file to upload."
              : "Upload at most " + MAX_FILES + " files at once, or one .zip.");
      return;
    }
    List<UploadReceiver.Incoming> incoming = new ArrayList<>();
    for (Part part : files) {
      incoming.add(
          new UploadReceiver.Incoming(
              part.getSubmittedFileName(), part.getSize(), part::getInputStream));
    }
    try {
      // The drop box's names and limits first: no point checking files it would refuse.
      web.uploads.check(district.id(), incoming);
    } catch (UploadRefusedException e) {
      refuse(visit, district, status(e), refusal(e));
      return;
    }
    Files.createDirectories(spool);
    Path folder = Files.createTempDirectory(spool, "check");
    try {
      UploadResult result = check(district, files, folder, web.database.dataSource());
      List<String> dropped = new ArrayList<>();
      if (!result.rejected()) {
        try {
          web.uploads.receive(district.id(), incoming, visit.ctx().ip()).stream()
              .map(u -> u.name())
              .forEach(dropped::add);
        } catch (UploadRefusedException e) {
          // Another upload took the room while these were checked.
          refuse(visit, district, status(e), refusal(e));
          return;
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

  /** The posted files; a file input left empty is sent as a part without a name. */
  private static List<Part> files(Visit visit) throws IOException, ServletException {
    if (!visit.ctx().isMultipartFormData()) {
      return List.of();
    }
    return visit.ctx().req().getParts().stream()
        .filter(p -> p.getName().equals("files"))
        .filter(p -> p.getSubmittedFileName() != null && !p.getSubmittedFileName().isEmpty())
        .toList();
  }

  /**
   * Checks the files as a run reads them, copied under their names (checked by the receiver
   * already, so each is a plain name) into {@code folder}, against what the district has. One .zip
   * is checked as the zip it is.
   */
  private static UploadResult check(
      District district, List<Part> files, Path folder, DataSource database) throws IOException {
    List<Path> saved = new ArrayList<>();
    for (Part part : files) {
      Path target = folder.resolve(part.getSubmittedFileName());
      try (InputStream in = part.getInputStream()) {
        Files.copy(in, target);
      }
      saved.add(target);
    }
    Path checked =
        saved.size() == 1 && saved.get(0).toString().endsWith(".zip") ? saved.get(0) : folder;
    // Against what the district has, so a users.csv alone may name the schools it already has.
    return UploadCheck.run(
        checked,
        district.strict() ? ReadOptions.strict() : ReadOptions.lenient(),
        CurrentRoster.knownTo(database, district.id()),
        RowSink.NONE);
  }

  private static int status(UploadRefusedException e) {
    return e.reason().httpStatus();
  }

  private static String refusal(UploadRefusedException e) {
    String text = e.getMessage();
    return "Nothing was uploaded: " + text + ".";
  }

  private void refuse(Visit visit, District district, int status, String error) {
    render(
        visit,
        status,
        new UploadView(reachable(visit), district.id(), error, null, List.of(), district.strict()));
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
