package io.rosterd.server.report;

/**
 * Neutralises spreadsheet formula injection in CSV cells. Districts open our issue lists in Excel
 * or Google Sheets, and the cells echo their own data (sourcedIds, values, messages quoting them):
 * a cell such as {@code =HYPERLINK(...)} would run as a formula there. A leading single quote makes
 * the spreadsheet show the text as written (OWASP "CSV injection").
 */
public final class SafeCsv {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private SafeCsv() {}

  /** The value, prefixed with {@code '} when a spreadsheet would read it as a formula. */
  public static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  /** Every value made safe with {@link #cell(String)}. */
  public static String[] row(String... values) {
    String[] safe = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      safe[i] = cell(values[i]);
    }
    return safe;
  }
}
