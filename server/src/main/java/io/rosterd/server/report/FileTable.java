package io.rosterd.server.report;

import io.rosterd.oneroster.FileReport;
import java.io.PrintWriter;
import java.util.List;

/** The per-file lines of the text report, in aligned columns. */
final class FileTable {

  private static final String ROW = "%-{w}s  %-8s  %-6s  %8s  %8s  %8s  %s%n";

  private static final int MAX_NOTE = 80;

  /** A drop box left full of stray files must not bury the roster files' lines. */
  private static final int MAX_IGNORED_SHOWN = 20;

  private FileTable() {}

  static void write(List<FileReport> files, PrintWriter out) {
    if (files.isEmpty()) {
      out.println("no files");
      return;
    }
    String row = ROW.replace("{w}", Integer.toString(nameWidth(files)));
    out.printf(row, "file", "kind", "mode", "rows", "accepted", "skipped", "status");
    int ignoredShown = 0;
    for (FileReport file : files) {
      if (FileReport.IGNORED.equals(file.status()) && ++ignoredShown > MAX_IGNORED_SHOWN) {
        continue;
      }
      out.printf(
          row,
          Printable.of(file.name()),
          file.kind(),
          file.mode() == null ? "-" : file.mode().label(),
          file.rows(),
          file.accepted(),
          file.skipped(),
          statusAndNote(file));
    }
    if (ignoredShown > MAX_IGNORED_SHOWN) {
      out.printf(
          "… and %,d more ignored files, each named in the issues%n",
          ignoredShown - MAX_IGNORED_SHOWN);
    }
  }

  private static int nameWidth(List<FileReport> files) {
    int width = "file".length();
    for (FileReport file : files) {
      width = Math.max(width, Printable.of(file.name()).length());
    }
    return width;
  }

  private static String statusAndNote(FileReport file) {
    String note = file.note() == null ? "" : file.note();
    return note.isEmpty() ? file.status() : file.status() + " — " + brief(Printable.of(note));
  }

  /** The note's first sentence, cut to fit a line: the issues below give it in full. */
  static String brief(String note) {
    int end = note.indexOf(". ");
    String first = end < 0 ? note : note.substring(0, end + 1);
    return first.length() <= MAX_NOTE ? first : first.substring(0, MAX_NOTE - 1) + "…";
  }
}
