package io.rosterd.server.report;

/**
 * Makes text from an upload safe to print on a terminal. File names, sourcedIds and messages quote
 * what districts sent; a raw escape or carriage return there could rewrite the screen or hide
 * lines, so control characters are shown as {@code \}{@code uXXXX} instead.
 */
public final class Printable {

  private Printable() {}

  public static String of(String text) {
    if (text == null) {
      return "";
    }
    if (text.chars().noneMatch(Printable::isControl)) {
      return text;
    }
    StringBuilder shown = new StringBuilder(text.length() + 16);
    text.chars().forEach(c -> appendShown(shown, c));
    return shown.toString();
  }

  private static void appendShown(StringBuilder shown, int c) {
    if (isControl(c)) {
      shown.append(String.format("\\u%04X", c));
    } else {
      shown.append((char) c);
    }
  }

  /** C0, DEL and C1 controls: all of them can steer a terminal. */
  private static boolean isControl(int c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }
}
