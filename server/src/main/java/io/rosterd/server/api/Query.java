package io.rosterd.server.api;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A request's query parameters, read strictly as {@link JsonRequest} reads bodies: an unknown
 * parameter, a repeated one or a bad value is a 400 that names it, so a typo in a filter never
 * silently returns everything.
 */
final class Query {
  private final Context ctx;

  private Query(Context ctx) {
    this.ctx = ctx;
  }

  /** The query of {@code ctx}, which may hold only the {@code known} parameters. */
  static Query of(Context ctx, String... known) {
    Set<String> allowed = Set.of(known);
    for (Map.Entry<String, List<String>> parameter : ctx.queryParamMap().entrySet()) {
      if (!allowed.contains(parameter.getKey())) {
        throw Problems.badField(
            parameter.getKey(),
            "one of the parameters " + String.join(", ", known),
            parameter.getKey());
      }
      if (parameter.getValue().size() > 1) {
        throw Problems.badField(parameter.getKey(), "one value", parameter.getValue());
      }
    }
    return new Query(ctx);
  }

  /** The parameter's value, stripped; null when absent or blank. */
  String text(String name) {
    String value = ctx.queryParam(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A comma-separated set of values, each read by {@code read} (null when not one). */
  <T> Set<T> setOf(String name, String expected, Function<String, T> read) {
    String value = text(name);
    if (value == null) {
      return Set.of();
    }
    Set<T> values = new LinkedHashSet<>();
    for (String one : value.split(",")) {
      T read1 = one.isBlank() ? null : read.apply(one.strip());
      if (read1 == null) {
        throw Problems.badField(name, expected, one.strip());
      }
      values.add(read1);
    }
    return values;
  }

  /** One value read by {@code read}; null when absent. */
  <T> T one(String name, String expected, Function<String, T> read) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    T result = read.apply(value);
    if (result == null) {
      throw Problems.badField(name, expected, value);
    }
    return result;
  }

  /** A time from which on: a UTC day ({@code 2026-03-01}, from its start) or an ISO instant. */
  Instant from(String name) {
    return time(name, false);
  }

  /** A time until which, exclusive: a UTC day counts whole (up to the next day's start). */
  Instant until(String name) {
    return time(name, true);
  }

  private Instant time(String name, boolean endOfDay) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw Problems.badField(
          name, "a date (2026-03-01, UTC) or a time (2026-03-01T08:00:00Z)", value);
    }
  }

  /** The page asked for: {@code page} from 1, {@code pageSize} up to {@link Page#MAX_SIZE}. */
  Page page() {
    int page = number("page", 1, Integer.MAX_VALUE, 1);
    int size = number("pageSize", 1, Page.MAX_SIZE, Page.DEFAULT_SIZE);
    return new Page(page, size);
  }

  private int number(String name, int min, int max, int absent) {
    String value = text(name);
    if (value == null) {
      return absent;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // the answer below says what is expected
    }
    throw Problems.badField(name, "a whole number from " + min + " to " + max, value);
  }

  /** The lower-case labels of an enum's values, for a message. */
  static String labels(Enum<?>[] values) {
    return String.join(
        ", ", Arrays.stream(values).map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).toList());
  }
}
