package io.rosterd.oneroster.internal;

import java.util.List;

/**
 * How many fields a record may have: as many as the header, or fewer by the trailing header columns
 * that have no name (spreadsheets leave such columns behind, and the rows then stop earlier).
 */
record HeaderShape(int fields, int named) {

  static HeaderShape of(List<String> header) {
    int named = header.size();
    while (named > 1 && header.get(named - 1).isBlank()) {
      named--;
    }
    return new HeaderShape(header.size(), named);
  }

  boolean fits(int fieldCount) {
    return fieldCount >= named && fieldCount <= fields;
  }
}
