package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.Issue;

/** Thrown while reading when a file (or the upload) cannot be used at all; carries the issue. */
final class UploadRejected extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Issue issue;

  UploadRejected(Issue issue) {
    super(issue.message(), null, false, false);
    this.issue = issue;
  }

  Issue issue() {
    return issue;
  }
}
