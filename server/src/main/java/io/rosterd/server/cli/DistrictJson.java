package io.rosterd.server.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.rosterd.server.district.District;
import io.rosterd.server.district.Durations;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Districts as the JSON scripts read: {@code {"district": {...}}} for one, {@code {"districts":
 * [...]}} for a list. One object around the district leaves room beside it (credentials, say).
 * Written field by field so the names and their order are the contract.
 */
final class DistrictJson {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private DistrictJson() {}

  static void writeOne(District district, Writer out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeFieldName("district");
      writeFields(district, json);
      json.writeEndObject();
    }
    end(out);
  }

  /** A new district beside its SFTP credentials: {@code "sftpUsername"}, {@code "sftpPassword"}. */
  static void writeCreated(District district, String username, String password, Writer out)
      throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeFieldName("district");
      writeFields(district, json);
      json.writeStringField("sftpUsername", username);
      json.writeStringField("sftpPassword", password);
      json.writeEndObject();
    }
    end(out);
  }

  static void writeList(List<District> districts, Writer out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeArrayFieldStart("districts");
      for (District district : districts) {
        writeFields(district, json);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    end(out);
  }

  static void writeFields(District district, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", district.id());
    json.writeStringField("name", district.name());
    json.writeStringField("contactEmail", district.contactEmail());
    json.writeNumberField("thresholdPercent", district.thresholdPercent());
    json.writeNumberField("thresholdMin", district.thresholdMin());
    json.writeBooleanField("strict", district.strict());
    json.writeBooleanField("paused", district.paused());
    if (district.runInterval() == null) {
      json.writeNullField("runInterval");
    } else {
      json.writeStringField("runInterval", Durations.text(district.runInterval()));
    }
    json.writeStringField("createdAt", district.createdAt().toString());
    json.writeStringField("updatedAt", district.updatedAt().toString());
    json.writeEndObject();
  }

  private static void end(Writer out) throws IOException {
    out.write(System.lineSeparator());
    out.flush();
  }
}
