package io.rosterd.server.notify;

import io.rosterd.oneroster.Issue;
import io.rosterd.oneroster.IssueCounts;
import io.rosterd.server.district.District;
import io.rosterd.server.sync.RunOutcome;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts of the run emails. They carry counts, issue codes, files, columns and line numbers —
 * never roster data: no names, email addresses, sourcedIds or issue messages (which quote values),
 * since email travels through systems the district does not control.
 */
final class RunMails {
  private static final int TOP_ISSUES = 5;

  private RunMails() {}

  static Email toContacts(
      String kind, District district, RunOutcome run, List<String> to, String link) {
    StringBuilder body = new StringBuilder("Hello,\n\n");
    body.append("Run ")
        .append(run.run())
        .append(" of ")
        .append(CredentialMails.named(district))
        .append(": ")
        .append(verdict(run))
        .append("\n");
    if (!run.message().isBlank() && kind.equals("run.held")) {
      body.append("Why: ").append(run.message()).append("\n");
    }
    body.append("\nCounts:\n");
    run.counts()
        .asMap()
        .forEach(
            (kindName, counts) ->
                body.append("  ")
                    .append(kindName)
                    .append(": ")
                    .append(counts(counts))
                    .append("\n"));
    IssueCounts issues = run.issueCounts();
    body.append("\nIssues: ")
        .append(issues.errors())
        .append(" errors, ")
        .append(issues.warnings())
        .append(" warnings, ")
        .append(issues.infos())
        .append(" notes\n");
    topIssues(run.issues()).forEach(line -> body.append("  ").append(line).append("\n"));
    body.append("\nEvery issue with its line and how to fix it: the files in your SFTP reports/")
        .append(" folder (latest-summary.txt and the run's issues CSV), or the run's page, ")
        .append(link)
        .append(" (sign in with your rosterd web account).\n");
    return Email.of(
        kind,
        district.id(),
        to,
        "rosterd: run " + run.run() + " of " + district.name() + " " + run.status().label(),
        body.toString());
  }

  private static String verdict(RunOutcome run) {
    return switch (run.status()) {
      case HELD ->
          "held. Nothing was applied: it would remove or disable more than the district allows at"
              + " once. Check the removals on the run's page; you or support can approve or"
              + " discard it there, and a newer upload replaces it.";
      case REJECTED ->
          "rejected. Nothing was applied: a file could not be used. Fix it and upload again.";
      default -> "applied, but rows with errors were skipped. Fix them and upload again.";
    };
  }

  private static String counts(Map<String, Long> counts) {
    StringBuilder text = new StringBuilder();
    counts.forEach(
        (action, n) ->
            text.append(text.length() == 0 ? "" : ", ").append(action).append(" ").append(n));
    return text.toString();
  }

  /** "12 x users.email_in_use (error) in users.csv, column email, first at line 5". */
  static List<String> topIssues(List<Issue> issues) {
    Map<String, Issue> first = new LinkedHashMap<>();
    Map<String, Integer> count = new LinkedHashMap<>();
    for (Issue issue : issues) {
      String key = issue.code().code() + "|" + issue.file() + "|" + issue.column();
      first.putIfAbsent(key, issue);
      count.merge(key, 1, Integer::sum);
    }
    return count.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .limit(TOP_ISSUES)
        .map(e -> line(first.get(e.getKey()), e.getValue()))
        .toList();
  }

  private static String line(Issue issue, int n) {
    StringBuilder text =
        new StringBuilder()
            .append(n)
            .append(" x ")
            .append(issue.code().code())
            .append(" (")
            .append(issue.severity().name().toLowerCase(java.util.Locale.ROOT))
            .append(")");
    if (!issue.file().isEmpty()) {
      text.append(" in ").append(issue.file());
    }
    if (!issue.column().isEmpty()) {
      text.append(", column ").append(issue.column());
    }
    if (issue.line() > 0) {
      text.append(", first at line ").append(issue.line());
    }
    return text.toString();
  }
}
