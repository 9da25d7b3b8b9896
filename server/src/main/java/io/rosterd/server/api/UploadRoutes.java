package io.rosterd.server.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.intake.HomeLimits;
import io.rosterd.server.intake.Upload;
import io.rosterd.server.intake.UploadReceiver;
import io.rosterd.server.intake.UploadRefusedException;
import io.rosterd.server.store.Jdbc;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/districts/{id}/uploads}: files sent as multipart/form-data land in the
 * district's drop box as if uploaded over SFTP. Jetty writes each part to a file under {@code
 * <data-dir>/http-uploads/} as it arrives (never into the heap) and stops at the file-size limit;
 * {@link UploadReceiver} then applies the SFTP drop box's names, limits and quota, and records each
 * file for the scheduler.
 */
public final class UploadRoutes implements RouteGroup {
  /**
   * The attribute Jetty reads a request's multipart settings from (Javalin sets it the same way).
   */
  private static final String MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";

  private final DistrictStore districts;
  private final UploadReceiver receiver;
  private final HomeLimits limits;
  private final Path spool;

  /**
   * @param spool where Jetty keeps the parts of a request while it is read: the data folder's disk,
   *     which has room for uploads
   */
  public UploadRoutes(Jdbc jdbc, UploadReceiver receiver, Path spool) {
    this.districts = new DistrictStore(jdbc);
    this.receiver = receiver;
    this.limits = receiver.limits();
    this.spool = spool;
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.post(
            "/api/districts/{id}/uploads",
            Access.DISTRICT,
            "Uploads files (multipart/form-data, one or more) to the district's drop box, with the"
                + " SFTP rules and limits",
            this::upload));
  }

  private void upload(Context ctx, Caller caller) throws IOException {
    String district = ctx.pathParam("id");
    Problems.requireReach(caller, district);
    districts.find(district).orElseThrow(() -> Problems.notFound("district " + district));
    if (!ctx.isMultipartFormData()) {
      throw Problems.badField(
          "body", "multipart/form-data with one or more files", ctx.contentType());
    }
    Collection<Part> parts = parts(ctx);
    try {
      List<Upload> uploads = receiver.receive(district, incoming(parts), ctx.ip());
      Api.ok(ctx, answer(district, uploads));
    } catch (UploadRefusedException e) {
      // Jetty may drop the connection after a refusal of a large body; saying so up front keeps
      // a client from sending its next request down a connection about to close.
      ctx.header("Connection", "close");
      throw refusal(e);
    } finally {
      for (Part part : parts) {
        part.delete();
      }
    }
  }

  private Collection<Part> parts(Context ctx) throws IOException {
    Files.createDirectories(spool);
    // Parts go to disk from the first byte; a request may carry at most the quota.
    ctx.req()
        .setAttribute(
            MULTIPART_CONFIG,
            new MultipartConfigElement(spool.toString(), limits.maxFileSize(), limits.quota(), 0));
    try {
      return ctx.req().getParts();
    } catch (IOException | ServletException | IllegalStateException | UncheckedIOException e) {
      throw unreadable(e);
    }
  }

  /**
   * Jetty stopped reading the request. Its words (jetty-http 12.1 {@code MultiPartFormData}) tell a
   * part past the file-size limit ("max file size exceeded") from a request past the quota ("max
   * length exceeded"); UploadRoutesTest fails if a Jetty upgrade changes them.
   */
  private RuntimeException unreadable(Exception e) {
    String text = causes(e);
    if (text.contains("max file size exceeded")) {
      return new ContentTooLargeResponse(
          "a file is larger than allowed: "
              + HomeLimits.fileTooLarge(limits.maxFileSize())
              + "; nothing was uploaded");
    }
    if (text.contains("max length exceeded") && !text.contains("headers max length")) {
      return new ContentTooLargeResponse(
          "the files sent are larger together than the district's quota allows: "
              + HomeLimits.quotaReached(limits.quota())
              + "; nothing was uploaded");
    }
    return Problems.badField(
        "body", "multipart/form-data with one or more files", "a body that is not");
  }

  private static String causes(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      text.append(t.getMessage()).append(' ');
    }
    return text.toString();
  }

  private static List<UploadReceiver.Incoming> incoming(Collection<Part> parts) {
    List<UploadReceiver.Incoming> files = new ArrayList<>();
    for (Part part : parts) {
      if (part.getSubmittedFileName() == null) {
        throw Problems.badField(part.getName(), "a file (a part with a filename)", "a text field");
      }
      files.add(
          new UploadReceiver.Incoming(
              part.getSubmittedFileName(), part.getSize(), part::getInputStream));
    }
    if (files.isEmpty()) {
      throw Problems.badField("body", "one or more files", "none");
    }
    return files;
  }

  private static RuntimeException refusal(UploadRefusedException e) {
    return switch (e.reason()) {
      case NAME -> new BadRequestResponse(e.getMessage(), Map.of("field", "file"));
      case BUSY -> new ConflictResponse(e.getMessage() + "; nothing was uploaded");
      case FILE_SIZE_LIMIT, QUOTA ->
          new ContentTooLargeResponse(e.getMessage() + "; nothing was uploaded");
    };
  }

  private static Map<String, Object> answer(String district, List<Upload> uploads) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("district", district);
    body.put(
        "uploads",
        uploads.stream()
            .map(
                u -> {
                  Map<String, Object> file = new LinkedHashMap<>();
                  file.put("name", u.name());
                  file.put("size", u.size());
                  file.put("sha256", u.sha256());
                  file.put("completedAt", u.completedAt().toString());
                  return file;
                })
            .toList());
    body.put(
        "message",
        "the district's next run takes these files; POST /api/districts/"
            + district
            + "/runs runs it now");
    return body;
  }
}
