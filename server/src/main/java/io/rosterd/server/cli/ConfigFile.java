package io.rosterd.server.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code rosterd serve --config FILE}: a properties file of option values, {@code sftp-port =
 * 2222}. An option given on the command line wins over its environment variable, which wins over
 * the file, which wins over the built-in default.
 */
final class ConfigFile implements IDefaultValueProvider {
  static final String OPTION = "--config";
  static final String ENV = "ROSTERD_CONFIG";

  private final Properties values;
  private final Map<String, String> env;

  private ConfigFile(Properties values, Map<String, String> env) {
    this.values = values;
    this.env = env;
  }

  /** The file named by {@code --config FILE} or {@code --config=FILE}, else by the environment. */
  static Optional<Path> named(List<String> args, Map<String, String> env) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals(OPTION) && i + 1 < args.size()) {
        return Optional.of(Path.of(args.get(i + 1)));
      }
      if (arg.startsWith(OPTION + "=")) {
        return Optional.of(Path.of(arg.substring(OPTION.length() + 1)));
      }
    }
    String fromEnv = env.get(ENV);
    return fromEnv == null || fromEnv.isBlank() ? Optional.empty() : Optional.of(Path.of(fromEnv));
  }

  /**
   * Reads the file for {@code command}.
   *
   * @throws IllegalArgumentException naming the file and the problem: unreadable, or a key that is
   *     not one of the command's options
   */
  static ConfigFile load(Path file, CommandSpec command, Map<String, String> env) {
    Properties values = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      values.load(in);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the config file " + file + " cannot be read: " + e.getMessage(), e);
    }
    Set<String> known = new TreeSet<>();
    for (OptionSpec option : command.options()) {
      known.add(key(option));
    }
    for (String key : values.stringPropertyNames()) {
      if (!known.contains(key)) {
        throw new IllegalArgumentException(
            "the config file "
                + file
                + " has '"
                + key
                + "', which is not an option of rosterd "
                + command.name()
                + "; the keys are the option names without dashes: "
                + String.join(", ", known));
      }
    }
    return new ConfigFile(values, env);
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option)) {
      return null;
    }
    String key = key(option);
    if (env.get(envName(key)) != null) {
      return null; // the option's own default reads the environment, which wins over the file
    }
    String value = values.getProperty(key);
    return value == null ? null : value.strip();
  }

  private static String key(OptionSpec option) {
    return option.longestName().replaceFirst("^-+", "");
  }

  static String envName(String key) {
    return "ROSTERD_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
  }
}
