package io.rosterd.server.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The access-request form: what was typed (kept when the form comes back) and what is wrong with
 * each field.
 *
 * @param errors a sentence per field that was refused
 * @param refusal why the whole request was refused (the rate limit), or null
 */
public record AccessFormView(
    Map<String, String> values, Map<String, String> errors, String refusal) {

  static AccessFormView empty(List<String> fields) {
    return new AccessFormView(
        fields.stream().collect(Collectors.toMap(Function.identity(), f -> "")), Map.of(), null);
  }

  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  /** The field's problem, or null. */
  public String error(String field) {
    return errors.get(field);
  }

  public boolean invalid(String field) {
    return errors.containsKey(field);
  }
}
