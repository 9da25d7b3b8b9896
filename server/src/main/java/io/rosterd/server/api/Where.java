package io.rosterd.server.api;

import java.util.ArrayList;
import java.util.List;

/** A SQL {@code where} clause built from optional filters, with its parameters in order. */
final class Where {
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> parameters = new ArrayList<>();

  /** Adds {@code condition} (with its {@code ?}s) unless {@code value} is null. */
  Where and(String condition, Object value) {
    if (value != null) {
      conditions.add(condition);
      parameters.add(value);
    }
    return this;
  }

  /** Adds {@code column = any(?)} unless {@code values} is empty. */
  Where in(String column, List<String> values) {
    if (!values.isEmpty()) {
      conditions.add(column + " = any(?)");
      parameters.add(values.toArray(String[]::new));
    }
    return this;
  }

  String sql() {
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  /** The parameters, followed by {@code more} (a limit and offset). */
  Object[] parameters(Object... more) {
    List<Object> all = new ArrayList<>(parameters);
    all.addAll(List.of(more));
    return all.toArray();
  }
}
