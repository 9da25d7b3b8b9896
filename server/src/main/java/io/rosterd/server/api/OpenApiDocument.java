package io.rosterd.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code /api/openapi.json}: OpenAPI 3.0, made from the routes themselves. */
final class OpenApiDocument {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

  private OpenApiDocument() {}

  static byte[] json(List<ApiRoute> routes) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("openapi", "3.0.3");
    ObjectNode info = doc.putObject("info");
    info.put("title", "rosterd API");
    info.put("version", "1");
    info.put(
        "description",
        "Districts, runs, reports and onboarding. Send 'Authorization: Bearer <token>';"
            + " 'rosterd tokens create' makes tokens. Errors are JSON: status, error, message,"
            + " and for a bad field: field, expected, found.");
    ObjectNode bearer =
        doc.putObject("components").putObject("securitySchemes").putObject("bearer");
    bearer.put("type", "http");
    bearer.put("scheme", "bearer");
    doc.putArray("security").addObject().putArray("bearer");
    ObjectNode paths = doc.putObject("paths");
    for (ApiRoute route : routes) {
      ObjectNode path =
          paths.has(route.path())
              ? (ObjectNode) paths.get(route.path())
              : paths.putObject(route.path());
      operation(path.putObject(route.method().name().toLowerCase(Locale.ROOT)), route);
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the document is plain JSON nodes", e);
    }
  }

  private static void operation(ObjectNode op, ApiRoute route) {
    op.put("summary", route.summary());
    op.put("operationId", operationId(route));
    ArrayNode parameters = op.putArray("parameters");
    Matcher m = PATH_PARAMETER.matcher(route.path());
    while (m.find()) {
      ObjectNode parameter = parameters.addObject();
      parameter.put("name", m.group(1));
      parameter.put("in", "path");
      parameter.put("required", true);
      parameter.putObject("schema").put("type", "string");
    }
    if (route.access() == Access.PUBLIC) {
      op.putArray("security");
    }
    ObjectNode responses = op.putObject("responses");
    responses.putObject("200").put("description", "done");
    responses.putObject("400").put("description", "a bad request: the body names the field");
    if (route.access() != Access.PUBLIC) {
      responses.putObject("401").put("description", "no token, or an unknown or revoked one");
      responses.putObject("403").put("description", "the token may not do this");
    }
    responses.putObject("404").put("description", "no such thing, or not this token's to see");
  }

  private static String operationId(ApiRoute route) {
    String words = route.path().replaceAll("[{}]", "").replaceAll("[^A-Za-z0-9]+", " ").strip();
    StringBuilder id = new StringBuilder(route.method().name().toLowerCase(Locale.ROOT));
    for (String word : words.split(" ")) {
      if (!word.isEmpty() && !word.equals("api")) {
        id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return id.toString();
  }
}
