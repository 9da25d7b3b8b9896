package io.rosterd.oneroster.internal;

/** Takes the rows of a file batch by batch, knowing the shape of the header. */
interface BatchConsumer {
  void accept(RowBatch batch, HeaderShape shape);
}
