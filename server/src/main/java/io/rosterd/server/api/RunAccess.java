package io.rosterd.server.api;

import io.javalin.http.Context;

/**
 * Finds the run a route's {@code {id}} names, for a caller who may see it. A district token asking
 * for another district's run is told it does not exist, exactly as for a missing run: run ids are
 * sequential, and a different answer would tell which ids other districts have.
 */
final class RunAccess {
  private final RunQueries runs;

  RunAccess(RunQueries runs) {
    this.runs = runs;
  }

  /** The run's id and district. */
  record Found(long id, String district) {}

  Found find(Context ctx, Caller caller) {
    long id = id(ctx);
    return runs.districtOf(id)
        .filter(caller::mayReach)
        .map(district -> new Found(id, district))
        .orElseThrow(() -> Problems.notFound("run " + id));
  }

  private static long id(Context ctx) {
    String text = ctx.pathParam("id");
    try {
      long id = Long.parseLong(text);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw Problems.badField("id", "a run number (1, 2, ...)", text);
  }
}
