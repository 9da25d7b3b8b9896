package io.rosterd.oneroster.internal;

/** Shape checks for emails, dates and date-times, without exceptions on the hot path. */
final class Formats {
  private static final int MAX_EMAIL = 254;

  private Formats() {}

  /**
   * One @, a local part without spaces or quotes, and a domain of letters, digits, hyphens and
   * single dots with a dot in it — one pass over the characters.
   */
  static boolean email(String value) {
    int length = value.length();
    int at = value.indexOf('@');
    if (length > MAX_EMAIL || at <= 0 || value.charAt(0) == '.' || value.charAt(at - 1) == '.') {
      return false;
    }
    char previous = 0;
    int lastDot = -1;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      boolean ok = i < at ? localChar(c) : i == at || domainChar(c);
      if (!ok || (c == '.' && previous == '.') || (c == '@' && i != at)) {
        return false;
      }
      lastDot = i > at && c == '.' ? i : lastDot;
      previous = c;
    }
    return lastDot > at + 1 && lastDot < length - 2 && previous != '-';
  }

  private static boolean localChar(char c) {
    return c > ' ' && c != '"' && c != ',' && c != '<' && c != '>' && c != '(' && c != ')';
  }

  private static boolean domainChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '.';
  }

  /** {@code yyyy-MM-dd}, a real calendar date. */
  static boolean date(String value) {
    return value.length() == 10
        && value.charAt(4) == '-'
        && value.charAt(7) == '-'
        && digits(value, 0, 4)
        && digits(value, 5, 7)
        && digits(value, 8, 10)
        && realDate(value);
  }

  private static boolean realDate(String value) {
    int year = Integer.parseInt(value, 0, 4, 10);
    int month = Integer.parseInt(value, 5, 7, 10);
    int day = Integer.parseInt(value, 8, 10, 10);
    return month >= 1
        && month <= 12
        && day >= 1
        && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
  }

  /**
   * A UTC date-time as OneRoster writes it: {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}. With {@code
   * offsetAllowed}, also {@code +hh:mm}/{@code -hh:mm} in place of Z.
   */
  static boolean dateTime(String value, boolean offsetAllowed) {
    if (value.length() < 20 || value.charAt(10) != 'T' || !date(value.substring(0, 10))) {
      return false;
    }
    if (!time(value)) {
      return false;
    }
    int zone = fractionEnd(value, 19);
    String rest = value.substring(zone);
    return rest.equals("Z") || (offsetAllowed && offset(rest));
  }

  private static boolean time(String value) {
    return value.charAt(13) == ':'
        && value.charAt(16) == ':'
        && digits(value, 11, 13)
        && digits(value, 14, 16)
        && digits(value, 17, 19)
        && Integer.parseInt(value, 11, 13, 10) < 24
        && Integer.parseInt(value, 14, 16, 10) < 60
        && Integer.parseInt(value, 17, 19, 10) < 61;
  }

  private static int fractionEnd(String value, int from) {
    if (from < value.length() && value.charAt(from) == '.') {
      int end = from + 1;
      while (end < value.length() && Character.isDigit(value.charAt(end))) {
        end++;
      }
      return end > from + 1 ? end : from;
    }
    return from;
  }

  private static boolean offset(String rest) {
    return rest.length() == 6
        && (rest.charAt(0) == '+' || rest.charAt(0) == '-')
        && rest.charAt(3) == ':'
        && digits(rest, 1, 3)
        && digits(rest, 4, 6);
  }

  private static boolean digits(String value, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
