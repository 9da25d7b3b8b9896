package io.rosterd.oneroster.generate;

import java.util.SplittableRandom;

/** OneRoster grade codes and the bands a school teaches. */
final class Grades {

  static final String[] CODES = {
    "KG", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"
  };

  static final int ELEMENTARY = 0;
  static final int MIDDLE = 1;
  static final int HIGH = 2;
  static final int ALL = 3;

  private static final int[] FIRST = {0, 6, 9, 0};
  private static final int[] LAST = {5, 8, 12, 12};

  private Grades() {}

  /** Big districts cycle elementary, middle, high; one or two schools teach every grade. */
  static int band(int school, int schools) {
    return schools < 3 ? ALL : school % 3;
  }

  static String grade(int band, SplittableRandom random) {
    return CODES[FIRST[band] + random.nextInt(LAST[band] - FIRST[band] + 1)];
  }
}
