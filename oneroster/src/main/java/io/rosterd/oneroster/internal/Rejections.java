package io.rosterd.oneroster.internal;

import io.rosterd.oneroster.Issue;
import io.rosterd.oneroster.IssueCode;

/** Builds the exceptions that refuse a file or the whole upload. */
final class Rejections {
  private Rejections() {}

  static UploadRejected upload(IssueCode code, String message) {
    return new UploadRejected(Issue.ofFile(code, "", message));
  }

  static UploadRejected file(IssueCode code, String file, String message) {
    return new UploadRejected(Issue.ofFile(code, file, message));
  }

  static UploadRejected atLine(IssueCode code, String file, long line, String message) {
    return new UploadRejected(Issue.of(code, file, line, "", "", message));
  }
}
