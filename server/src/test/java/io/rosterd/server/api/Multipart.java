package io.rosterd.server.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A multipart/form-data body built by hand, as browsers and {@code curl -F} send one: java.net.http
 * has no builder for it.
 */
final class Multipart {
  private final String boundary = "rosterd-test-" + UUID.randomUUID();
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  /** A file part of field {@code field}, named {@code filename}. */
  Multipart file(String field, String filename, byte[] content) {
    text(
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + field
            + "\"; filename=\""
            + filename
            + "\"\r\nContent-Type: text/csv\r\n\r\n");
    body.writeBytes(content);
    text("\r\n");
    return this;
  }

  Multipart file(String filename, String content) {
    return file("file", filename, content.getBytes(StandardCharsets.UTF_8));
  }

  /** A plain text field, without a file. */
  Multipart field(String name, String value) {
    text(
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + name
            + "\"\r\n\r\n"
            + value
            + "\r\n");
    return this;
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  byte[] bytes() {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(body.toByteArray());
    all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return all.toByteArray();
  }

  private void text(String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
