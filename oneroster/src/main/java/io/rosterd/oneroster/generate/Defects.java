package io.rosterd.oneroster.generate;

import io.rosterd.oneroster.FileKind;
import io.rosterd.oneroster.IssueCode;
import java.util.SplittableRandom;

/**
 * Decides which rows get a defect, counts them, and records what the validator must say about them.
 * Its random stream is separate from the one that shapes the district.
 */
final class Defects {

  /** One past the longest value the rules allow. */
  static final int TOO_LONG = 256;

  /** BEL: a control character that no CSV reader treats as a line break. */
  static final char CONTROL = '\u0007';

  private final SplittableRandom random;
  private final double rate;
  private final ExpectedIssues expected = new ExpectedIssues();
  private long injected;

  Defects(SplittableRandom random, double rate) {
    this.random = random;
    this.rate = rate;
  }

  /** Whether the row at hand gets a defect. Draws nothing when no defects are asked for. */
  boolean strike() {
    return rate > 0 && random.nextDouble() < rate;
  }

  /** An injected defect the validator reports at its row. */
  void injected(IssueCode code, FileKind file, long line, String sourcedId, String column) {
    injected++;
    expected.add(code, file, line, sourcedId, column);
  }

  /** An injected defect whose issue is already reported once for the file (a warning). */
  void injectedQuietly() {
    injected++;
  }

  /** A clean row skipped because a row it refers to was skipped. */
  void cascade(FileKind file, long line, String sourcedId, String column) {
    expected.add(IssueCode.REF_SKIPPED, file, line, sourcedId, column);
  }

  long injected() {
    return injected;
  }

  ExpectedIssues expected() {
    return expected;
  }

  static String tooLong(String value) {
    StringBuilder longer = new StringBuilder(TOO_LONG).append(value);
    while (longer.length() < TOO_LONG) {
      longer.append('x');
    }
    return longer.substring(0, TOO_LONG);
  }

  /** The value with a control character after its first letter, where trimming cannot drop it. */
  static String withControlCharacter(String value) {
    return value.charAt(0) + String.valueOf(CONTROL) + value.substring(1);
  }
}
