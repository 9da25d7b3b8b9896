package io.rosterd.oneroster;

/**
 * One finding about an upload. {@code line} is the physical line the record starts on (the header
 * is line 1), or 0 when the issue concerns a whole file or the upload. Empty strings, never null,
 * stand for "not applicable".
 */
public record Issue(
    Severity severity,
    IssueCode code,
    String file,
    long line,
    String sourcedId,
    String column,
    String message) {

  public Issue {
    file = file == null ? "" : file;
    sourcedId = sourcedId == null ? "" : sourcedId;
    column = column == null ? "" : column;
  }

  public static Issue of(
      IssueCode code, String file, long line, String sourcedId, String column, String message) {
    return new Issue(code.severity(), code, file, line, sourcedId, column, message);
  }

  /** An issue about a whole file (or the upload when {@code file} is empty). */
  public static Issue ofFile(IssueCode code, String file, String message) {
    return of(code, file, 0, "", "", message);
  }
}
