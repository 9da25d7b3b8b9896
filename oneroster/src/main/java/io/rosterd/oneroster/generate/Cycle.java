package io.rosterd.oneroster.generate;

import java.util.function.Predicate;

/**
 * Hands out defect kinds in turn, so a few hundred injected defects cover every kind. When the kind
 * whose turn it is does not fit the row at hand, the next kind that fits is used and the
 * passed-over kind keeps its turn for the next row, but only for a few rows: it may never fit (say,
 * when there is no accepted earlier row to copy from).
 */
final class Cycle<D> {

  /** Rows a passed-over kind keeps its turn for. */
  private static final int PATIENCE = 2;

  private final D[] kinds;
  private int turn;
  private int passes;

  Cycle(D[] kinds) {
    this.kinds = kinds.clone();
  }

  /** The next kind that {@code fits}, or null when none fits this row. */
  D next(Predicate<D> fits) {
    for (int i = 0; i < kinds.length; i++) {
      D kind = kinds[(turn + i) % kinds.length];
      if (fits.test(kind)) {
        moveOn(i == 0);
        return kind;
      }
    }
    return null;
  }

  private void moveOn(boolean tookTurn) {
    if (tookTurn || ++passes >= PATIENCE) {
      turn = (turn + 1) % kinds.length;
      passes = 0;
    }
  }
}
