package io.rosterd.server.district;

/** A district with this id already exists. */
public final class DistrictExistsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String id;

  public DistrictExistsException(String id) {
    super("a district with id '" + id + "' already exists");
    this.id = id;
  }

  public String id() {
    return id;
  }
}
