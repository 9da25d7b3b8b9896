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

  /** The note that ends a list of issues cut off at its cap: how many more were found. */
  public static Issue truncated(long unlisted) {
    return ofFile(
        IssueCode.ISSUES_TRUNCATED,
        "",
        String.format(
            "%,d more issues were found but are not listed; the counts include them. Fix the"
                + " issues listed and upload again to see the rest.",
            unlisted));
  }
}
