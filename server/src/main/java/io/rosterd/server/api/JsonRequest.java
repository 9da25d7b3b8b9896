package io.rosterd.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Set;

/**
 * A request's JSON object body, read strictly: a field of the wrong type, or one the route does not
 * know, is a 400 that names it — a typo must not be silently ignored.
 */
public final class JsonRequest {
  // Decimals are read exactly: a double would turn 1e400 into Infinity, which no setting accepts.
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private final ObjectNode body;

  private JsonRequest(ObjectNode body) {
    this.body = body;
  }

  /** The body as a JSON object with only {@code known} fields. */
  public static JsonRequest of(Context ctx, Set<String> known) {
    JsonNode node;
    try {
      node = JSON.readTree(ctx.bodyAsBytes());
    } catch (JsonProcessingException e) {
      throw Problems.badField("body", "a JSON object", "text that is not JSON");
    } catch (java.io.IOException e) {
      throw Problems.badRequest("the request body could not be read");
    }
    if (node == null || !node.isObject()) {
      throw Problems.badField("body", "a JSON object", described(node));
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw Problems.badField(name, "one of the fields " + String.join(", ", known), name);
      }
    }
    return new JsonRequest((ObjectNode) node);
  }

  /** What a JSON value is, in words: "an array", "a string", "nothing". */
  private static String described(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case NULL -> "null";
      default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  public boolean has(String field) {
    return body.has(field) && !body.get(field).isNull();
  }

  public String text(String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw Problems.badField(field, "a string", value.toString());
    }
    return value.asText();
  }

  public String requiredText(String field) {
    String value = text(field);
    if (value == null || value.isBlank()) {
      throw Problems.badField(field, "a non-empty string", value == null ? null : "\"\"");
    }
    return value.strip();
  }

  public Boolean bool(String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isBoolean()) {
      throw Problems.badField(field, "true or false", value.toString());
    }
    return value.asBoolean();
  }

  public Integer integer(String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      throw Problems.badField(field, "a whole number", value.toString());
    }
    return value.asInt();
  }

  public BigDecimal decimal(String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      throw Problems.badField(field, "a number", value.toString());
    }
    return value.decimalValue();
  }
}
