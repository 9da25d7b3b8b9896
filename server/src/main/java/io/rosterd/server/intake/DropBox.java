package io.rosterd.server.intake;

import java.nio.file.Path;
import java.util.List;

/**
 * Where districts' uploaded files live. Everything that touches the drop box's storage goes through
 * here, so shared storage can replace the local disk when several rosterd instances run.
 */
public interface DropBox {

  /** The folder uploads of {@code districtId} are written to; made, with its fixed folders. */
  Path home(String districtId);

  /** The regular files at the root of the district's home (its uploads), by name. */
  List<Path> files(String districtId);

  /** Moves upload {@code name} of the district into {@code archiveDir}; returns its new path. */
  Path archive(String districtId, String name, Path archiveDir);

  /**
   * Moves a file a run took back to the root of the district's home, when the run could not start
   * after all. A file of that name uploaded meanwhile is newer and wins: then the taken file stays
   * where it is and false is returned.
   */
  boolean putBack(String districtId, Path taken);

  /**
   * Writes a file handed over whole (an HTTPS upload) to the root of the district's home, replacing
   * one of that name: under a hidden name first, renamed when complete, so a run never takes half
   * of it. Returns the file.
   */
  Path receive(String districtId, String name, Content content);

  /** Writes a report into the district's {@code reports/}, whole or not at all. */
  void writeReport(String districtId, String name, Content content);

  /** The names of the district's reports, sorted (they start with their UTC time). */
  List<String> reports(String districtId);

  void deleteReport(String districtId, String name);

  /** A report's bytes, written as they are made. */
  @FunctionalInterface
  interface Content {
    void writeTo(java.io.OutputStream out) throws java.io.IOException;
  }

  /** The read-only folder of a home that the district's reports are written to. */
  String REPORTS = "reports";

  /** The read-only folder of a home holding the file templates. */
  String TEMPLATES = "templates";
}
