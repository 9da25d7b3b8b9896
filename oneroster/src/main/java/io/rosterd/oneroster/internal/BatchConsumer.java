package io.rosterd.oneroster.internal;

/** Takes the rows of a file batch by batch, knowing how many fields the header has. */
interface BatchConsumer {
  void accept(RowBatch batch, int headerFields);
}
