package io.rosterd.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

/**
 * Writes JSON answers with our own Jackson mapper rather than Javalin's, which would look for the
 * Kotlin module and has its own defaults; every JSON answer goes through here.
 */
public final class JsonBody {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonBody() {}

  public static void send(Context ctx, int status, Object body) {
    try {
      ctx.status(status).contentType("application/json").result(JSON.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("answers are plain maps and records", e);
    }
  }
}
