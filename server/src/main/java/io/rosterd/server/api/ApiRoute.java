package io.rosterd.server.api;

import io.javalin.http.HandlerType;

/**
 * One route of the API: what the server answers and what {@code /api/openapi.json} documents come
 * from these same values, so the document cannot drift from the routes.
 *
 * @param path Javalin's form, with {@code {id}} path parameters
 * @param summary one line for the OpenAPI document
 */
public record ApiRoute(
    HandlerType method, String path, Access access, String summary, ApiHandler handler) {

  public static ApiRoute get(String path, Access access, String summary, ApiHandler handler) {
    return new ApiRoute(HandlerType.GET, path, access, summary, handler);
  }

  public static ApiRoute post(String path, Access access, String summary, ApiHandler handler) {
    return new ApiRoute(HandlerType.POST, path, access, summary, handler);
  }

  public static ApiRoute patch(String path, Access access, String summary, ApiHandler handler) {
    return new ApiRoute(HandlerType.PATCH, path, access, summary, handler);
  }

  public static ApiRoute delete(String path, Access access, String summary, ApiHandler handler) {
    return new ApiRoute(HandlerType.DELETE, path, access, summary, handler);
  }
}
