package io.rosterd.server.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.rosterd.oneroster.FileReport;
import io.rosterd.oneroster.Issue;
import io.rosterd.oneroster.IssueCounts;
import io.rosterd.oneroster.UploadResult;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes an upload result as the JSON document scripts rely on. Written field by field rather than
 * by data binding so the names and their order are the documented contract, not an accident of the
 * record classes.
 */
public final class UploadJson {

  static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private UploadJson() {}

  /** Writes {@code result} pretty-printed, followed by a newline; leaves {@code out} open. */
  public static void write(UploadResult result, Writer out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeStringField("status", result.status().label());
      json.writeArrayFieldStart("files");
      for (FileReport file : result.files()) {
        writeFile(file, json);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("issues");
      for (Issue issue : result.issues()) {
        writeIssue(issue, json);
      }
      json.writeEndArray();
      writeCounts(result.counts(), json);
      json.writeEndObject();
    }
    out.write(System.lineSeparator());
    out.flush();
  }

  /** One file as in {@code files}: shared by the run reports. */
  public static void writeFile(FileReport file, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", file.name());
    json.writeStringField("kind", file.kind());
    json.writeStringField("mode", file.mode() == null ? null : file.mode().label());
    json.writeNumberField("rows", file.rows());
    json.writeNumberField("accepted", file.accepted());
    json.writeNumberField("skipped", file.skipped());
    json.writeStringField("status", file.status());
    json.writeStringField("note", file.note() == null ? "" : file.note());
    json.writeEndObject();
  }

  /** One issue as in {@code issues}: shared by the run reports. */
  public static void writeIssue(Issue issue, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("severity", issue.severity().label());
    json.writeStringField("code", issue.code().code());
    json.writeStringField("file", issue.file());
    json.writeNumberField("line", issue.line());
    json.writeStringField("sourcedId", issue.sourcedId());
    json.writeStringField("column", issue.column());
    json.writeStringField("message", issue.message());
    json.writeEndObject();
  }

  private static void writeCounts(IssueCounts counts, JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("counts");
    json.writeNumberField("errors", counts.errors());
    json.writeNumberField("warnings", counts.warnings());
    json.writeNumberField("infos", counts.infos());
    json.writeEndObject();
  }
}
