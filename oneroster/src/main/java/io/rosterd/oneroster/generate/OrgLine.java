package io.rosterd.oneroster.generate;

import java.io.IOException;

/** The values of one orgs.csv row, reused row after row; defects change them before writing. */
final class OrgLine {

  static final String HEADER =
      "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId";

  String sourcedId;
  String name;
  String type;
  String identifier;
  String parentSourcedId;
  boolean ragged;

  OrgLine of(Org org) {
    sourcedId = org.sourcedId;
    name = org.name;
    type = org.type;
    identifier = org.identifier;
    parentSourcedId = org.parent == null ? "" : org.parent.sourcedId;
    ragged = false;
    return this;
  }

  /** Bulk rows leave status and dateLastModified blank. A ragged row has one field too many. */
  void writeTo(CsvOut out) throws IOException {
    out.cell(sourcedId).blanks(2).cell(name).cell(type).cell(identifier).cell(parentSourcedId);
    if (ragged) {
      out.cell("extra");
    }
    out.endRow();
  }
}
