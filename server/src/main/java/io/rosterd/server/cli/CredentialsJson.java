package io.rosterd.server.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.rosterd.server.credentials.SftpAccount;
import io.rosterd.server.credentials.SftpKey;
import io.rosterd.server.intake.FailedLogins;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Map;

/**
 * SFTP credentials as scripts read them: {@code {..., "account": {...}}}, with a command's own
 * fields (a fingerprint added, say) before the account. Never a password hash.
 */
final class CredentialsJson {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private CredentialsJson() {}

  /** Writes {@code fields} (strings and booleans), then the account. */
  static void write(Map<String, Object> fields, SftpAccount account, Writer out)
      throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      for (Map.Entry<String, Object> field : fields.entrySet()) {
        json.writeObjectField(field.getKey(), field.getValue());
      }
      json.writeFieldName("account");
      writeAccount(account, json);
      json.writeEndObject();
    }
    out.write(System.lineSeparator());
    out.flush();
  }

  private static void writeAccount(SftpAccount account, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("districtId", account.districtId());
    json.writeStringField("username", account.username());
    json.writeBooleanField("enabled", account.enabled());
    json.writeBooleanField("hasPassword", account.hasPassword());
    json.writeStringField("passwordSetAt", time(account.passwordSetAt()));
    json.writeNumberField("failedAttempts", account.failedAttempts());
    json.writeStringField("lastFailedAt", time(account.lastFailedAt()));
    json.writeStringField("lockedUntil", time(account.lockedUntil()));
    json.writeArrayFieldStart("lockedAddresses");
    for (FailedLogins address : account.lockedAddresses()) {
      json.writeStartObject();
      json.writeStringField("address", address.key());
      json.writeNumberField("failedAttempts", address.failures());
      json.writeStringField("lastFailedAt", time(address.lastFailedAt()));
      json.writeStringField("lockedUntil", time(address.lockedUntil()));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("keys");
    for (SftpKey key : account.keys()) {
      json.writeStartObject();
      json.writeStringField("fingerprint", key.fingerprint());
      json.writeStringField("algorithm", key.algorithm());
      json.writeStringField("comment", key.comment());
      json.writeStringField("addedAt", time(key.addedAt()));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static String time(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
