package io.rosterd.server.api;

import io.javalin.http.Context;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.store.Jdbc;
import java.util.List;
import java.util.Map;

/** Roster look-up: a district's user by sourcedId or email, for support and the district. */
public final class UserRoutes implements RouteGroup {
  private final UserLookup users;
  private final DistrictStore districts;

  public UserRoutes(Jdbc jdbc) {
    this.users = new UserLookup(jdbc);
    this.districts = new DistrictStore(jdbc);
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get(
            "/api/districts/{id}/users",
            Access.DISTRICT,
            "Finds a user by sourcedId or email: its fields, roles, orgs and the runs that changed"
                + " it",
            this::find));
  }

  private void find(Context ctx, Caller caller) {
    String district = ctx.pathParam("id");
    Problems.requireReach(caller, district);
    districts.find(district).orElseThrow(() -> Problems.notFound("district " + district));
    Query query = Query.of(ctx, "sourcedId", "email");
    String sourcedId = query.text("sourcedId");
    String email = query.text("email");
    if ((sourcedId == null) == (email == null)) {
      throw Problems.badField(
          "sourcedId",
          "either sourcedId or email (one of them)",
          sourcedId == null ? null : "both");
    }
    List<Map<String, Object>> found =
        sourcedId != null ? users.bySourcedId(district, sourcedId) : users.byEmail(district, email);
    if (found.isEmpty()) {
      throw Problems.notFound(
          "a user with "
              + (sourcedId != null ? "sourcedId " + sourcedId : "email " + email)
              + " in district "
              + district);
    }
    Api.ok(ctx, Map.of("users", found));
  }
}
