package io.rosterd.server.credentials;

/**
 * A freshly generated password and its hash: the password is shown once, only the hash is stored.
 */
public record IssuedPassword(String password, String hash) {

  private static final PasswordGenerator GENERATOR = new PasswordGenerator();
  private static final PasswordHasher HASHER = new PasswordHasher();

  /** A new strong password, hashed. Takes an Argon2 hash's time (tens of milliseconds). */
  public static IssuedPassword generate() {
    String password = GENERATOR.generate();
    return new IssuedPassword(password, HASHER.hash(password));
  }

  /** Never the password itself: a record's toString would otherwise end up in a log. */
  @Override
  public String toString() {
    return "IssuedPassword[hidden]";
  }
}
