package io.rosterd.server.schedule;

import io.rosterd.server.intake.DropBox;
import io.rosterd.server.report.IssueCsv;
import io.rosterd.server.report.LeftFile;
import io.rosterd.server.report.RunSummaryText;
import io.rosterd.server.sync.RunOutcome;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a run's report files into the district's SFTP {@code reports/}, where the district already
 * looks: {@code <UTC time>-run-<id>-summary.txt}, {@code …-issues.csv} and {@code
 * latest-summary.txt}; then keeps only the newest runs' reports.
 */
public final class DistrictReports {
  static final String LATEST = "latest-summary.txt";
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(DistrictReports.class);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private static final Pattern RUN_REPORT = Pattern.compile("(\\d{8}-\\d{6}-run-\\d+)-.*");

  private final DropBox dropBox;
  private final Clock clock;
  private final int runsKept;

  public DistrictReports(DropBox dropBox, Clock clock, int runsKept) {
    this.dropBox = dropBox;
    this.clock = clock;
    this.runsKept = runsKept;
  }

  /**
   * Writes the run's reports. A failure to write them (a full disk) is logged and never undoes the
   * run: the run and its issues are in the database either way.
   */
  public void write(RunOutcome run, List<String> taken, List<LeftFile> left) {
    try {
      writeFiles(run, taken, left);
    } catch (RuntimeException e) {
      LOG.error(
          "could not write the reports of run {} of district {}", run.run(), run.district(), e);
    }
  }

  private void writeFiles(RunOutcome run, List<String> taken, List<LeftFile> left) {
    Instant at = clock.instant();
    String prefix = STAMP.format(at) + "-run-" + run.run();
    String issues = prefix + "-issues.csv";
    dropBox.writeReport(
        run.district(),
        issues,
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          IssueCsv.write(run.issues(), writer);
          writer.flush();
        });
    byte[] summary = summary(run, taken, left, at, issues);
    String summaryName = prefix + "-summary.txt";
    dropBox.writeReport(run.district(), summaryName, out -> out.write(summary));
    dropBox.writeReport(run.district(), LATEST, out -> out.write(summary));
    prune(run.district());
  }

  private static byte[] summary(
      RunOutcome run, List<String> taken, List<LeftFile> left, Instant at, String issues) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
    RunSummaryText.write(run, taken, left, at, issues, out);
    out.flush();
    return bytes.toByteArray();
  }

  private void prune(String district) {
    List<String> names = dropBox.reports(district);
    TreeSet<String> runs = new TreeSet<>();
    for (String name : names) {
      Matcher m = RUN_REPORT.matcher(name);
      if (m.matches()) {
        runs.add(m.group(1));
      }
    }
    while (runs.size() > runsKept) {
      String oldest = runs.pollFirst();
      names.stream()
          .filter(n -> n.startsWith(oldest + "-"))
          .forEach(n -> dropBox.deleteReport(district, n));
    }
  }
}
