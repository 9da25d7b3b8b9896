package io.rosterd.server.intake;

/** Byte counts for people: 2 GiB, 512 MiB, 300 KiB. */
final class Sizes {

  private static final String[] UNITS = {"bytes", "KiB", "MiB", "GiB", "TiB"};

  private Sizes() {}

  /** "2 GiB (2147483648 bytes)"; just "1000 bytes" below a KiB. */
  static String describe(long bytes) {
    String human = human(bytes);
    return bytes < 1024 ? human : human + " (" + bytes + " bytes)";
  }

  static String human(long bytes) {
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    String number =
        value == Math.rint(value)
            ? Long.toString((long) value)
            : String.format(java.util.Locale.ROOT, "%.1f", value);
    return number + " " + UNITS[unit];
  }
}
