package io.rosterd.server.http;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of Prometheus's text exposition format (0.0.4), for the tests: every line must be
 * a HELP, a TYPE or a sample; every sample must belong to a family declared with both before it;
 * values must be numbers. Anything else fails the test with the line. Samples are then looked up by
 * name and labels.
 */
final class PrometheusText {
  private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
  private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") (.*)");
  private static final Pattern TYPE =
      Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
  private static final Pattern SAMPLE =
      Pattern.compile("(" + NAME + ")(?:\\{(.*)\\})? (\\S+)(?: -?\\d+)?");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\[\\\\\"n])*)\",?");
  private static final List<String> HISTOGRAM_PARTS = List.of("_bucket", "_sum", "_count", "");

  private final Map<String, String> types = new HashMap<>();
  private final Map<String, String> helps = new HashMap<>();
  private final Map<String, Double> samples = new LinkedHashMap<>();

  private PrometheusText() {}

  static PrometheusText parse(String text) {
    PrometheusText parsed = new PrometheusText();
    for (String line : text.split("\n", -1)) {
      if (!line.isEmpty()) {
        parsed.line(line);
      }
    }
    return parsed;
  }

  /** The value of the sample {@code name} with exactly these labels (name, value, name, ...). */
  OptionalDouble value(String name, String... labels) {
    Double value = samples.get(key(name, labels(labels)));
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  String typeOf(String family) {
    return types.get(family);
  }

  String helpOf(String family) {
    return helps.get(family);
  }

  Set<String> sampleKeys() {
    return samples.keySet();
  }

  private void line(String line) {
    Matcher m;
    if ((m = HELP.matcher(line)).matches()) {
      require(helps.put(m.group(1), m.group(2)) == null, "a second HELP", line);
    } else if ((m = TYPE.matcher(line)).matches()) {
      require(types.put(m.group(1), m.group(2)) == null, "a second TYPE", line);
    } else if ((m = SAMPLE.matcher(line)).matches()) {
      sample(m, line);
    } else {
      throw new AssertionError("not Prometheus text: " + line);
    }
  }

  private void sample(Matcher m, String line) {
    String family = familyOf(m.group(1));
    require(family != null, "a sample of an undeclared family", line);
    require(helps.containsKey(family), "a sample of a family without HELP", line);
    double value = number(m.group(3), line);
    Map<String, String> labels = parseLabels(m.group(2) == null ? "" : m.group(2), line);
    require(samples.put(key(m.group(1), labels), value) == null, "a repeated sample", line);
  }

  private String familyOf(String name) {
    for (String part : HISTOGRAM_PARTS) {
      if (name.endsWith(part)) {
        String family = name.substring(0, name.length() - part.length());
        if (types.containsKey(family) && (part.isEmpty() || isHistogram(family))) {
          return family;
        }
      }
    }
    return null;
  }

  private boolean isHistogram(String family) {
    return types.get(family).equals("histogram") || types.get(family).equals("summary");
  }

  private static Map<String, String> parseLabels(String text, String line) {
    Map<String, String> labels = new LinkedHashMap<>();
    Matcher m = LABEL.matcher(text);
    int end = 0;
    while (m.lookingAt()) {
      require(labels.put(m.group(1), m.group(2)) == null, "a repeated label", line);
      end = m.end();
      m.region(end, text.length());
    }
    require(end == text.length(), "malformed labels", line);
    return labels;
  }

  private static double number(String text, String line) {
    switch (text) {
      case "+Inf":
        return Double.POSITIVE_INFINITY;
      case "-Inf":
        return Double.NEGATIVE_INFINITY;
      case "NaN":
        return Double.NaN;
      default:
        try {
          return Double.parseDouble(text);
        } catch (NumberFormatException e) {
          throw new AssertionError("not a number in: " + line, e);
        }
    }
  }

  private static Map<String, String> labels(String... pairs) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      labels.put(pairs[i], pairs[i + 1]);
    }
    return labels;
  }

  /** Name and labels, the labels sorted so their order in the text does not matter. */
  private static String key(String name, Map<String, String> labels) {
    return name + new TreeMap<>(labels);
  }

  private static void require(boolean ok, String what, String line) {
    if (!ok) {
      throw new AssertionError("Prometheus text with " + what + ": " + line);
    }
  }
}
