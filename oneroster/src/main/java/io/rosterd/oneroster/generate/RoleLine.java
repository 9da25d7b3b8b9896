package io.rosterd.oneroster.generate;

import java.io.IOException;

/** The values of one roles.csv row, reused row after row; defects change them before writing. */
final class RoleLine {

  static final String HEADER =
      "sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,"
          + "orgSourcedId,userProfileSourcedId";

  /** The first day of the school year every generated role starts on. */
  static final String BEGIN_DATE = "2025-08-18";

  String sourcedId;
  String userSourcedId;
  String roleType;
  String role;
  String beginDate;
  String orgSourcedId;
  boolean ragged;

  RoleLine of(String sourcedId, String userSourcedId, String roleType, String role, Org org) {
    this.sourcedId = sourcedId;
    this.userSourcedId = userSourcedId;
    this.roleType = roleType;
    this.role = role;
    this.beginDate = BEGIN_DATE;
    this.orgSourcedId = org.sourcedId;
    this.ragged = false;
    return this;
  }

  /** Bulk rows leave status and dateLastModified blank. A ragged row has one field too many. */
  void writeTo(CsvOut out) throws IOException {
    out.cell(sourcedId).blanks(2).cell(userSourcedId).cell(roleType).cell(role);
    out.cell(beginDate).blanks(1).cell(orgSourcedId).blanks(1);
    if (ragged) {
      out.cell("extra");
    }
    out.endRow();
  }
}
