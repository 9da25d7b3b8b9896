package io.rosterd.oneroster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/errors.md} documents every issue code: one section per code, headed {@code ###
 * `code`}, whose first line states its severity and effect, with an example and a fix. The page
 * mentions no code that does not exist.
 */
final class ErrorsDocTest {

  /** Surefire runs in the module folder; the page is in the repository's docs folder. */
  static final Path PAGE = Paths.get("..", "docs", "errors.md");

  private static final Pattern SECTION = Pattern.compile("(?m)^### `([^`]+)`\\s*$");
  private static final Pattern TICKED = Pattern.compile("`([A-Za-z]+\\.[^`\\s]+)`");
  private static final Set<String> OTHER_DOTTED =
      Set.of("manifest.version", "oneroster.version", "metadata.ageGroup");

  private static String page;
  private static Map<String, String> sections;

  @BeforeAll
  static void readPage() throws IOException {
    assertThat(PAGE).as("docs/errors.md, from " + Paths.get("").toAbsolutePath()).exists();
    page = Files.readString(PAGE, StandardCharsets.UTF_8);
    sections = sections(page);
  }

  @Test
  void everyCodeHasASection() {
    assertThat(sections.keySet()).as("codes with a ### section").containsAll(codes());
  }

  @Test
  void everySectionIsACode() {
    assertThat(codes()).as("codes that exist").containsAll(sections.keySet());
  }

  @Test
  void everyCodeMentionedExists() {
    assertThat(codes()).as("codes mentioned on the page").containsAll(mentioned(page));
  }

  @Test
  void theMentionCheckTellsCodesFromFilesAndProperties() {
    String sample =
        "`user.email_taken` `user.csv` `file.users` `file.<name>,absent` `header.layout`";
    assertThat(mentioned(sample)).containsExactly("header.layout", "user.email_taken");
  }

  private static Set<String> mentioned(String text) {
    Set<String> mentioned = new TreeSet<>();
    Matcher m = TICKED.matcher(text);
    while (m.find()) {
      String token = m.group(1).split(",")[0];
      if (looksLikeACode(token)) {
        mentioned.add(token);
      }
    }
    return mentioned;
  }

  @Test
  void everySectionStatesSeverityAndEffect() {
    for (IssueCode code : IssueCode.values()) {
      String first = sections.getOrDefault(code.code(), "").strip().lines().findFirst().orElse("");
      assertThat(first)
          .as("first line of the section on " + code.code())
          .startsWith("**" + code.severity().label() + "** · " + effect(code));
    }
  }

  @Test
  void everySectionHasAnExampleAndAFix() {
    for (IssueCode code : IssueCode.values()) {
      String section = sections.getOrDefault(code.code(), "");
      assertThat(section).as("example message for " + code.code()).containsPattern("(?m)^> \\S");
      assertThat(section).as("fix for " + code.code()).contains("**How to fix:**");
    }
  }

  private static String effect(IssueCode code) {
    if (code.rejects()) {
      return "refuses the upload";
    }
    return code.severity() == Severity.ERROR ? "skips the row" : "accepted";
  }

  private static Set<String> codes() {
    return Arrays.stream(IssueCode.values())
        .map(IssueCode::code)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** A dotted token whose first part is a code family, and not a file, property or column. */
  private static boolean looksLikeACode(String token) {
    String family = token.substring(0, token.indexOf('.'));
    boolean codeFamily =
        Arrays.stream(IssueCode.values()).anyMatch(c -> c.code().startsWith(family + "."));
    return codeFamily && !isFileOrProperty(token);
  }

  private static boolean isFileOrProperty(String token) {
    return OTHER_DOTTED.contains(token)
        || token.matches(".*\\.(csv|CSV|txt|zip|filepart|part|tmp)")
        || token.matches("file\\.(<name>|\\*|[a-z]+[A-Z]\\w*|users|orgs|roles|classes)")
        || token.matches("(source|metadata)\\..*");
  }

  private static Map<String, String> sections(String text) {
    Map<String, String> result = new LinkedHashMap<>();
    Matcher m = SECTION.matcher(text);
    String code = null;
    int start = 0;
    while (m.find()) {
      if (code != null) {
        result.put(code, text.substring(start, m.start()));
      }
      code = m.group(1);
      start = m.end();
    }
    if (code != null) {
      result.put(code, text.substring(start).split("(?m)^## ")[0]);
    }
    return result;
  }
}
