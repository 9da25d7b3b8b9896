package io.rosterd.server.cli;

import io.rosterd.server.district.District;
import io.rosterd.server.district.Durations;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Districts as people read them: one as labelled lines, several as a table. */
final class DistrictText {

  private static final int MAX_NAME_SHOWN = 40;

  private DistrictText() {}

  static void writeOne(String headline, District district, PrintWriter out) {
    out.println(headline);
    line(out, "id", district.id());
    line(out, "name", district.name());
    line(out, "contact email", district.contactEmail());
    line(out, "removal guard", guard(district));
    line(out, "strict mode", district.strict() ? "on (OneRoster 1.2 as written)" : "off (lenient)");
    line(out, "paused", district.paused() ? "yes: files are received, nothing runs" : "no");
    line(
        out,
        "run interval",
        district.runInterval() == null
            ? "rosterd's (serve --interval)"
            : Durations.text(district.runInterval()));
    line(out, "created", time(district.createdAt()));
    line(out, "updated", time(district.updatedAt()));
  }

  static void writeList(List<District> districts, PrintWriter out) {
    if (districts.isEmpty()) {
      out.println(
          "No districts yet. Create one with:"
              + " rosterd district create --id ID --name NAME --contact-email EMAIL");
      return;
    }
    int idWidth = width(districts.stream().map(District::id).toList(), "ID");
    int nameWidth = width(districts.stream().map(d -> shortName(d.name())).toList(), "NAME");
    String format = "%-" + idWidth + "s  %-" + nameWidth + "s  %-14s  %-6s  %s%n";
    out.printf(format, "ID", "NAME", "GUARD", "STRICT", "PAUSED");
    for (District d : districts) {
      String guard = d.thresholdPercent().toPlainString() + "%, min " + d.thresholdMin();
      out.printf(format, d.id(), shortName(d.name()), guard, yesNo(d.strict()), yesNo(d.paused()));
    }
    out.println(districts.size() == 1 ? "1 district." : districts.size() + " districts.");
  }

  private static String guard(District district) {
    return "hold a run that would remove or disable more than "
        + district.thresholdPercent().toPlainString()
        + "% and at least "
        + district.thresholdMin()
        + " records of a kind";
  }

  private static void line(PrintWriter out, String label, String value) {
    out.printf("  %-15s %s%n", label + ":", value);
  }

  private static String time(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static String shortName(String name) {
    return name.length() <= MAX_NAME_SHOWN ? name : name.substring(0, MAX_NAME_SHOWN - 3) + "...";
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }

  private static int width(List<String> values, String header) {
    return Math.max(header.length(), values.stream().mapToInt(String::length).max().orElse(0));
  }
}
