package io.rosterd.server.web;

import io.rosterd.oneroster.Issue;
import io.rosterd.oneroster.UploadResult;
import java.util.List;

/**
 * The upload page: the form, and after a post what the check found and what was dropped.
 *
 * @param districts the districts the visitor may upload for (a contact: only theirs)
 * @param result the check of the files just posted, or null before any
 * @param dropped names put into the drop box; empty when the check refused the upload
 */
public record UploadView(
    List<String> districts,
    String district,
    String error,
    UploadResult result,
    List<String> dropped,
    boolean strict) {
  static final int ISSUES_SHOWN = 200;

  public List<Issue> issuesShown() {
    return result.issues().subList(0, Math.min(ISSUES_SHOWN, result.issues().size()));
  }
}
