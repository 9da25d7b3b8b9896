package io.rosterd.server.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.rosterd.oneroster.Issue;
import io.rosterd.server.sync.PlanCounts;
import io.rosterd.server.sync.RunOutcome;
import io.rosterd.server.sync.RunRow;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes runs as the JSON documents scripts rely on: {@code rosterd import}, {@code runs show},
 * {@code runs list}. Field by field, so the names and their order are the contract.
 */
public final class RunJson {
  private RunJson() {}

  /** {"run", "district", "status", "counts", "issues", "issueCounts", "message"}: one run. */
  public static void write(RunOutcome run, Writer out) throws IOException {
    try (JsonGenerator json = UploadJson.FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeStringField("run", run.run() == null ? null : run.run().toString());
      json.writeStringField("district", run.district());
      json.writeStringField("status", run.status().label());
      writeCounts(run.counts(), json);
      writeIssues(run.issues(), json);
      json.writeObjectFieldStart("issueCounts");
      json.writeNumberField("errors", run.issueCounts().errors());
      json.writeNumberField("warnings", run.issueCounts().warnings());
      json.writeNumberField("infos", run.issueCounts().infos());
      json.writeEndObject();
      json.writeStringField("message", run.message());
      json.writeEndObject();
    }
    end(out);
  }

  /** The runs of {@code rosterd runs list}, newest first. */
  public static void writeList(List<RunRow> runs, Writer out) throws IOException {
    try (JsonGenerator json = UploadJson.FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
      json.writeStartArray();
      for (RunRow run : runs) {
        writeRow(run, json);
      }
      json.writeEndArray();
    }
    end(out);
  }

  private static void writeRow(RunRow run, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("run", Long.toString(run.id()));
    json.writeStringField("district", run.district());
    json.writeStringField("status", run.status().label());
    json.writeStringField("source", run.source());
    json.writeStringField("createdAt", run.createdAt().toString());
    json.writeStringField(
        "finishedAt", run.finishedAt() == null ? null : run.finishedAt().toString());
    json.writeNumberField("errors", run.errors());
    json.writeNumberField("warnings", run.warnings());
    json.writeStringField("message", run.message());
    writeCounts(run.counts(), json);
    json.writeEndObject();
  }

  private static void writeCounts(PlanCounts counts, JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("counts");
    for (Map.Entry<String, Map<String, Long>> kind : counts.asMap().entrySet()) {
      json.writeObjectFieldStart(kind.getKey());
      for (Map.Entry<String, Long> count : kind.getValue().entrySet()) {
        json.writeNumberField(count.getKey(), count.getValue());
      }
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  /** A run's issues alone, as one JSON array: {@code rosterd runs issues --format json}. */
  public static void writeIssues(List<Issue> issues, Writer out) throws IOException {
    try (JsonGenerator json = UploadJson.FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
      json.writeStartArray();
      for (Issue issue : issues) {
        UploadJson.writeIssue(issue, json);
      }
      json.writeEndArray();
    }
    end(out);
  }

  private static void writeIssues(List<Issue> issues, JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("issues");
    for (Issue issue : issues) {
      UploadJson.writeIssue(issue, json);
    }
    json.writeEndArray();
  }

  private static void end(Writer out) throws IOException {
    out.write(System.lineSeparator());
    out.flush();
  }
}
