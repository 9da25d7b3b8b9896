package io.rosterd.server.api;

/**
 * Who is asking, from their bearer token: support staff see every district; a district's token sees
 * only that district.
 *
 * @param district the district a district token belongs to; null for support
 */
public record Caller(String tokenName, String district) {

  public static Caller support(String tokenName) {
    return new Caller(tokenName, null);
  }

  public boolean isSupport() {
    return district == null;
  }

  public boolean mayReach(String districtId) {
    return isSupport() || district.equals(districtId);
  }
}
