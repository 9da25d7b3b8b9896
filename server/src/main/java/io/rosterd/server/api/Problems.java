package io.rosterd.server.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The API's refusals, as exceptions the error handler turns into JSON: a bad request names the
 * field, what was expected and what was found.
 */
public final class Problems {
  private Problems() {}

  public static BadRequestResponse badField(String field, String expected, Object found) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("field", field);
    details.put("expected", expected);
    details.put("found", found == null ? "nothing" : String.valueOf(found));
    return new BadRequestResponse(
        field + ": expected " + expected + "; found " + details.get("found"), details);
  }

  public static BadRequestResponse badRequest(String message) {
    return new BadRequestResponse(message);
  }

  public static NotFoundResponse notFound(String what) {
    return new NotFoundResponse(what + " does not exist");
  }

  /** A district token used on another district's route. */
  public static ForbiddenResponse otherDistrict(Caller caller, String district) {
    return new ForbiddenResponse(
        "this token belongs to district "
            + caller.district()
            + " and cannot reach district "
            + district);
  }

  public static ForbiddenResponse supportOnly() {
    return new ForbiddenResponse("only a support token may do this");
  }

  /** Refuses a caller who may not reach the district. */
  public static void requireReach(Caller caller, String district) {
    if (!caller.mayReach(district)) {
      throw otherDistrict(caller, district);
    }
  }
}
