package io.rosterd.server.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --format} for commands that write text (for people) or JSON (for scripts). */
final class TextOrJson implements ITypeConverter<OutputFormat> {

  @Override
  public OutputFormat convert(String value) {
    String format = value.trim();
    if (format.equalsIgnoreCase("text")) {
      return OutputFormat.TEXT;
    }
    if (format.equalsIgnoreCase("json")) {
      return OutputFormat.JSON;
    }
    throw new TypeConversionException("'" + value + "' is not a format; use text or json");
  }
}
