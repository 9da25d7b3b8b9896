package io.rosterd.server.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * Reads the version Maven records in the jar ({@code pom.properties}), so it is never typed twice.
 * Run from compiled classes (tests, an IDE) there is no jar and the version says so.
 */
public final class VersionProvider implements IVersionProvider {

  private static final String POM_PROPERTIES =
      "/META-INF/maven/io.rosterd/rosterd-server/pom.properties";

  @Override
  public String[] getVersion() throws IOException {
    return new String[] {
      "rosterd " + version(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
    };
  }

  private static String version() throws IOException {
    try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) {
        return "(development build)";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "(unknown version)");
    }
  }
}
