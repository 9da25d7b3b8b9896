package io.rosterd.server.district;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a district's id, name, contact email and settings may be, with the message that explains a
 * wrong value. Shared by the store (which refuses bad values) and the commands (which say why
 * before touching the database). The database checks the same rules as a last line.
 */
public final class DistrictRules {

  public static final String ID_PATTERN = "^[a-z0-9][a-z0-9_-]{0,62}$";
  public static final int MAX_NAME = 200;
  private static final Pattern ID = Pattern.compile(ID_PATTERN);
  private static final Pattern EMAIL =
      Pattern.compile("^[^@\\s\"<>(),]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");
  private static final int MAX_EMAIL = 254;

  private DistrictRules() {}

  public static Optional<String> idProblem(String id) {
    if (id != null && ID.matcher(id).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        "district id "
            + quoted(id)
            + " is not valid: use 1 to 63 lowercase letters, digits, '-' or '_', starting with a"
            + " letter or digit (pattern "
            + ID_PATTERN
            + "), e.g. 'springfield-usd'");
  }

  public static Optional<String> nameProblem(String name) {
    if (name == null || name.isBlank()) {
      return Optional.of("district name must not be blank");
    }
    if (name.length() > MAX_NAME) {
      return Optional.of(
          "district name is too long: at most " + MAX_NAME + " characters, found " + name.length());
    }
    return Optional.empty();
  }

  public static Optional<String> emailProblem(String email) {
    if (email != null && email.length() <= MAX_EMAIL && EMAIL.matcher(email).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        "contact email "
            + quoted(email)
            + " is not a valid address: expected one @ and a dotted domain, no spaces, like"
            + " it-help@springfield.k12.us");
  }

  public static Optional<String> settingsProblem(SettingsChange change) {
    BigDecimal percent = change.thresholdPercent();
    if (percent != null
        && (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
      return Optional.of(
          "threshold percent must be between 0 and 100; found " + percent.toPlainString());
    }
    if (percent != null && percent.stripTrailingZeros().scale() > 2) {
      return Optional.of(
          "threshold percent takes at most two decimals; found " + percent.toPlainString());
    }
    if (change.thresholdMin() != null && change.thresholdMin() < 0) {
      return Optional.of("threshold min must be 0 or more; found " + change.thresholdMin());
    }
    java.time.Duration interval = change.runInterval();
    if (interval != null
        && !interval.isZero()
        && (interval.compareTo(java.time.Duration.ofMinutes(1)) < 0
            || interval.compareTo(java.time.Duration.ofDays(7)) > 0)) {
      return Optional.of(
          "the run interval must be between 1m and 7d; found " + Durations.text(interval));
    }
    return Optional.empty();
  }

  /** Throws {@link IllegalArgumentException} with the message of {@code problem}, if any. */
  static void require(Optional<String> problem) {
    problem.ifPresent(
        message -> {
          throw new IllegalArgumentException(message);
        });
  }

  private static String quoted(String value) {
    return value == null ? "(none)" : "'" + value + "'";
  }
}
