package io.rosterd.server.api;

import io.javalin.http.Context;

/** A route's work, with the caller its token named (null on a public route). */
@FunctionalInterface
public interface ApiHandler {
  void handle(Context ctx, Caller caller) throws Exception;
}
