package io.rosterd.server.sync;

import io.rosterd.oneroster.FileReport;
import io.rosterd.oneroster.Issue;
import io.rosterd.oneroster.IssueCounts;
import java.util.List;

/**
 * The result of a run as reported: its id (null for a dry run, which records nothing), status,
 * counts, files and issues.
 */
public record RunOutcome(
    Long run,
    String district,
    RunStatus status,
    PlanCounts counts,
    List<FileReport> files,
    List<Issue> issues,
    IssueCounts issueCounts,
    String message) {}
