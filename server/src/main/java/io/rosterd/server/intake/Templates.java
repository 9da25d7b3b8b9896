package io.rosterd.server.intake;

import java.io.InputStream;
import java.util.List;

/**
 * The file templates districts are given: in every SFTP home's {@code templates/} folder, and (the
 * same resources) for download over HTTP.
 */
public final class Templates {

  /** The template files, as named in {@code templates/} on the classpath. */
  public static final List<String> NAMES =
      List.of("orgs.csv", "users.csv", "roles.csv", "README.txt");

  private Templates() {}

  /** The content of template {@code name}, one of {@link #NAMES}. */
  public static InputStream open(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("no template named " + name);
    }
    InputStream in = Templates.class.getResourceAsStream("/templates/" + name);
    if (in == null) {
      throw new IllegalStateException("template resource missing: /templates/" + name);
    }
    return in;
  }
}
