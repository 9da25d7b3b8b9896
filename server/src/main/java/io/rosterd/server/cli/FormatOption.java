package io.rosterd.server.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json}, as every command that reports to people or scripts takes it. */
public final class FormatOption {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = TextOrJson.class,
      description = "text (for people) or json (for scripts). Default: ${DEFAULT-VALUE}.")
  private OutputFormat format = OutputFormat.TEXT;

  OutputFormat format() {
    return format;
  }

  boolean json() {
    return format == OutputFormat.JSON;
  }
}
