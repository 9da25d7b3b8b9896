package io.rosterd.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.intake.Processes;
import io.rosterd.server.store.PostgresExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the curl commands of docs/api.md's "A support engineer's day" against a fresh server, in
 * order, and checks the day ended where the page says: the held run approved, the roster changed.
 */
final class ApiDocTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();

  private static final Path API_DOC = Path.of("..", "docs", "api.md");
  private static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

  @TempDir Path dataDir;
  @TempDir Path work;

  @Test
  void theSupportEngineersDayRunsAsWritten() throws Exception {
    List<String> blocks = dayBlocks();
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(3);
    writeExports();
    try (ApiServer server = new ApiServer(POSTGRES, dataDir, Clock.systemUTC())) {
      Map<String, String> env =
          Map.of(
              "ROSTERD",
              "http://127.0.0.1:" + server.service().httpPort(),
              "TOKEN",
              server.supportToken());
      for (String block : blocks) {
        Processes.Result result =
            Processes.run(work, env, List.of("bash", "-euo", "pipefail", "-c", block));
        assertThat(result.exitCode()).as("%s%n---%n%s", block, result.output()).isZero();
      }
    }
    assertThat(work.resolve("run-1-issues.csv")).content().startsWith("severity,code,file,line");
    assertThat(status(1)).isEqualTo("applied_with_errors");
    assertThat(status(2)).isEqualTo("applied");
    assertThat(activeUsers()).isEqualTo(3);
    assertThat(
            POSTGRES
                .jdbc()
                .queryOne(
                    "select threshold_percent::int from districts where id = 'maple'",
                    r -> r.getInt(1)))
        .contains(5);
  }

  private static List<String> dayBlocks() throws Exception {
    String doc = Files.readString(API_DOC);
    int start = doc.indexOf("## A support engineer's day");
    assertThat(start).as("docs/api.md has the day").isNotNegative();
    int end = doc.indexOf("\n## ", start + 1);
    Matcher blocks = SH_BLOCK.matcher(doc.substring(start, end < 0 ? doc.length() : end));
    List<String> found = new ArrayList<>();
    while (blocks.find()) {
      found.add(blocks.group(1));
    }
    return found;
  }

  /** The district's two exports: a full one with one bad row, then one that drops most users. */
  private void writeExports() throws Exception {
    Files.writeString(
        work.resolve("orgs.csv"), "sourcedId,name,type,parentSourcedId\nd1,Maple,district,\n");
    StringBuilder users =
        new StringBuilder("sourcedId,enabledUser,givenName,familyName,email,primaryOrgSourcedId\n");
    StringBuilder roles = new StringBuilder("sourcedId,userSourcedId,roleType,role,orgSourcedId\n");
    for (int i = 1; i <= 30; i++) {
      users.append("s-").append(i).append(",true,S,Student,s").append(i);
      users.append("@maple.example.org,d1\n");
    }
    users.append("t-1,true,Tia,Teacher,not-an-email,d1\n");
    roles.append("r-t1,t-1,primary,teacher,d1\n");
    Files.writeString(work.resolve("users.csv"), users.toString());
    Files.writeString(work.resolve("roles.csv"), roles.toString());
    Path second = Files.createDirectories(work.resolve("export-2"));
    Files.writeString(
        second.resolve("users.csv"),
        "sourcedId,enabledUser,givenName,familyName,email,primaryOrgSourcedId\n"
            + "s-1,true,S,Student,s1@maple.example.org,d1\n"
            + "s-2,true,S,Student,s2@maple.example.org,d1\n"
            + "t-1,true,Tia,Teacher,tia@maple.example.org,d1\n");
  }

  private static String status(long run) {
    return POSTGRES
        .jdbc()
        .queryOne("select status from runs where id = ?", r -> r.getString(1), run)
        .orElseThrow();
  }

  private static long activeUsers() {
    return POSTGRES
        .jdbc()
        .queryOne(
            "select count(*) from users where district_id = 'maple' and status = 'active'",
            r -> r.getLong(1))
        .orElseThrow();
  }
}
