package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.Issue;
import io.rosterd.oneroster.IssueCode;
import io.rosterd.oneroster.IssueCounts;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the issues of one upload: keeps the first {@code maxListed} one by one and counts the
 * rest, except the issues that refuse a file or the upload, which are always kept; folds notes that
 * would repeat on many rows into one issue per file.
 */
final class IssueLog {
  private static final int LINES_SHOWN = 5;

  private final int maxListed;
  private final List<Issue> listed = new ArrayList<>();
  private final Map<RepeatKey, RepeatedNote> repeated = new LinkedHashMap<>();
  private long errors;
  private long warnings;
  private long infos;
  private long unlisted;
  private boolean rejected;

  IssueLog(int maxListed) {
    this.maxListed = maxListed;
  }

  void add(Issue issue) {
    switch (issue.severity()) {
      case ERROR -> errors++;
      case WARNING -> warnings++;
      case INFO -> infos++;
    }
    rejected |= issue.code().rejects();
    // Why a file or the upload was refused is listed past the cap too: it is the one to read.
    if (listed.size() < maxListed || issue.code().rejects()) {
      listed.add(issue);
    } else {
      unlisted++;
    }
  }

  /**
   * Notes {@code code} for one row; reported once per file and column by {@link #flush(String)},
   * with the count and the first lines. {@code message} is the text of the first occurrence.
   */
  void addRepeated(IssueCode code, String file, long line, String column, String message) {
    RepeatKey key = new RepeatKey(code, file, column);
    RepeatedNote note = repeated.get(key);
    if (note == null) {
      note = new RepeatedNote(code, file, column, message, line);
      repeated.put(key, note);
    }
    note.count(line);
  }

  /** Reports the repeated notes gathered for {@code file}. */
  void flush(String file) {
    Iterator<RepeatedNote> notes = repeated.values().iterator();
    while (notes.hasNext()) {
      RepeatedNote note = notes.next();
      if (note.file.equals(file)) {
        add(note.toIssue());
        notes.remove();
      }
    }
  }

  boolean rejected() {
    return rejected;
  }

  long errors() {
    return errors;
  }

  List<Issue> listed() {
    if (unlisted == 0) {
      return listed;
    }
    List<Issue> all = new ArrayList<>(listed);
    all.add(Issue.truncated(unlisted));
    return all;
  }

  IssueCounts counts() {
    return new IssueCounts(errors, warnings, infos + (unlisted == 0 ? 0 : 1));
  }

  private record RepeatKey(IssueCode code, String file, String column) {}

  private static final class RepeatedNote {
    private final IssueCode code;
    private final String file;
    private final String column;
    private final String message;
    private final long firstLine;
    private final List<Long> lines = new ArrayList<>(LINES_SHOWN);
    private long count;

    RepeatedNote(IssueCode code, String file, String column, String message, long firstLine) {
      this.code = code;
      this.file = file;
      this.column = column;
      this.message = message;
      this.firstLine = firstLine;
    }

    void count(long line) {
      count++;
      if (lines.size() < LINES_SHOWN) {
        lines.add(line);
      }
    }

    Issue toIssue() {
      String where =
          count == 1
              ? ""
              : String.format(
                  " (%,d rows; first on lines %s%s)",
                  count, joined(lines), count > lines.size() ? ", …" : "");
      return Issue.of(code, file, firstLine, "", column, message + where);
    }

    private static String joined(List<Long> lines) {
      StringBuilder text = new StringBuilder();
      for (Long line : lines) {
        text.append(text.length() == 0 ? "" : ", ").append(line);
      }
      return text.toString();
    }
  }
}
