package io.rosterd.server.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How {@code rosterd validate} writes its result. */
public enum OutputFormat {
  TEXT,
  JSON,
  CSV;

  /** Reads {@code text}, {@code json} or {@code csv} in any case. */
  public static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      for (OutputFormat format : values()) {
        if (format.name().equalsIgnoreCase(value.trim())) {
          return format;
        }
      }
      throw new TypeConversionException("'" + value + "' is not a format; use text, json or csv");
    }
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
