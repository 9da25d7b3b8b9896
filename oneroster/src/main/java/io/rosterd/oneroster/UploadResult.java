package io.rosterd.oneroster;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of reading and checking one upload.
 *
 * @param issues the issues in the order found, capped at {@link ReadOptions#maxIssues()} (a final
 *     {@code issues.truncated} note says how many more there were); {@link #counts()} counts all
 */
public record UploadResult(
    Status status, List<FileReport> files, List<Issue> issues, IssueCounts counts) {

  /** {@code OK}: no errors; {@code ERRORS}: rows were skipped; {@code REJECTED}: nothing usable. */
  public enum Status {
    OK,
    ERRORS,
    REJECTED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public UploadResult {
    files = List.copyOf(files);
    issues = List.copyOf(issues);
  }

  public boolean rejected() {
    return status == Status.REJECTED;
  }
}
