package io.rosterd.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rosterd.oneroster.FileReport;
import io.rosterd.oneroster.Issue;
import io.rosterd.oneroster.IssueCode;
import io.rosterd.server.store.Jdbc;
import io.rosterd.server.store.PostgresExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The run pipeline on real PostgreSQL: what a district's uploads do to the roster. */
class RunPipelineTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();

  @TempDir Path dir;

  private RunPipeline pipeline() {
    return new RunPipeline(POSTGRES.database().dataSource(), dir.resolve("data"));
  }

  private Jdbc jdbc() {
    return POSTGRES.jdbc();
  }

  private long count(String sql, Object... params) {
    return jdbc().queryOne(sql, r -> r.getLong(1), params).orElseThrow();
  }

  @Test
  void aFirstImportAddsEveryRecordAndTheSameFilesAgainChangeNothing() {
    DistrictSettings d = Districts.create(jdbc(), "first");
    Path files = Upload.school(dir, "up1", "a", 30).path();

    RunOutcome first = pipeline().run(d, files, "import", false);
    assertThat(first.status()).isEqualTo(RunStatus.APPLIED);
    assertThat(first.counts().of(Kind.USER).get(Action.ADDED)).isEqualTo(30);
    assertThat(first.counts().of(Kind.ROLE).get(Action.ADDED)).isEqualTo(30);
    assertThat(first.counts().of(Kind.ORG).get(Action.ADDED)).isEqualTo(2);
    assertThat(count("select count(*) from users where district_id = 'first'")).isEqualTo(30);

    RunOutcome again = pipeline().run(d, files, "import", false);
    assertThat(again.status()).isEqualTo(RunStatus.UNCHANGED);
    assertThat(dir.resolve("data/archive/first/" + again.run())).doesNotExist();
    assertThat(
            jdbc()
                .queryOne(
                    "select archive_path from runs where id = ?", r -> r.getString(1), again.run()))
        .contains(dir.resolve("data/archive/first/" + first.run()).toString());
    assertThat(again.counts().of(Kind.USER).get(Action.UNCHANGED)).isEqualTo(30);
    assertThat(
            count(
                "select count(*) from users where district_id = 'first' and changed_run <> ?",
                first.run()))
        .isZero();
  }

  @Test
  void theSameContentInOtherBytesIsReadButWritesNothing() {
    DistrictSettings d = Districts.create(jdbc(), "bytes");
    RunOutcome first = pipeline().run(d, Upload.school(dir, "b1", "b", 10).path(), "import", false);
    Upload reordered = Upload.school(dir, "b2", "b", 10);
    reordered.file("orgs.csv", Upload.ORGS + "b-s1,School,school,b-d\nb-d,District,district,\n");

    RunOutcome second = pipeline().run(d, reordered.path(), "import", false);

    assertThat(second.status()).isEqualTo(RunStatus.APPLIED);
    assertThat(second.counts().of(Kind.ORG).get(Action.UNCHANGED)).isEqualTo(2);
    assertThat(second.counts().of(Kind.USER).get(Action.UNCHANGED)).isEqualTo(10);
    assertThat(
            count(
                "select count(*) from orgs where district_id = 'bytes' and changed_run <> ?",
                first.run()))
        .isZero();
    assertThat(count("select count(*) from changes where run_id = ?", second.run())).isZero();
  }

  @Test
  void usersLeftOutOfABulkFileAreRemovedKeptAndRestoredWhenTheyReturn() {
    DistrictSettings d = Districts.create(jdbc(), "removal");
    pipeline().run(d, Upload.school(dir, "r1", "r", 50).path(), "import", false);

    RunOutcome fewer = pipeline().run(d, Upload.school(dir, "r2", "r", 48).path(), "import", false);
    assertThat(fewer.counts().of(Kind.USER).get(Action.REMOVED)).isEqualTo(2);
    assertThat(count("select count(*) from users where district_id = 'removal'")).isEqualTo(50);
    assertThat(
            count(
                "select count(*) from users where district_id = 'removal' and status ="
                    + " 'tobedeleted' and not enabled"))
        .isEqualTo(2);
    assertThat(
            count(
                "select count(*) from changes where run_id = ? and action = 'removed'",
                fewer.run()))
        .isEqualTo(4);

    RunOutcome back = pipeline().run(d, Upload.school(dir, "r3", "r", 50).path(), "import", false);
    assertThat(back.counts().of(Kind.USER).get(Action.RESTORED)).isEqualTo(2);
    assertThat(back.counts().of(Kind.ROLE).get(Action.RESTORED)).isEqualTo(2);
    assertThat(
            count("select count(*) from users where status = 'active' and district_id = 'removal'"))
        .isEqualTo(50);
  }

  @Test
  void enabledUserFalseDisablesWithoutRemovingAndTheChangeLogNamesTheField() {
    DistrictSettings d = Districts.create(jdbc(), "disable");
    pipeline().run(d, Upload.school(dir, "e1", "e", 5).path(), "import", false);
    Upload off = Upload.school(dir, "e2", "e", 5);
    off.file(
        "users.csv",
        Upload.USERS
            + "e-u1,false,Given1,Family1,e.u1@example.org,e-s1,child\n"
            + "e-u2,true,Given2,Family2,e.u2@example.org,e-s1,child\n"
            + "e-u3,true,Given3,Family3,e.u3@example.org,e-s1,child\n"
            + "e-u4,true,Given4,Family4,e.u4@example.org,e-s1,child\n"
            + "e-u5,true,Renamed,Family5,e.u5@example.org,e-s1,child\n");

    RunOutcome run = pipeline().run(d, off.path(), "import", false);

    assertThat(run.counts().of(Kind.USER).get(Action.DISABLED)).isEqualTo(1);
    assertThat(run.counts().of(Kind.USER).get(Action.UPDATED)).isEqualTo(1);
    assertThat(run.counts().of(Kind.USER).get(Action.REMOVED)).isZero();
    assertThat(
            count(
                "select count(*) from users where sourced_id = 'e-u1' and status = 'active' and not enabled"))
        .isEqualTo(1);
    List<String> fields =
        jdbc()
            .query(
                "select array_to_string(fields, ',') from changes where run_id = ? order by sourced_id",
                r -> r.getString(1),
                run.run());
    assertThat(fields).containsExactly("enabledUser", "givenName");
  }

  @Test
  void aRunThatWouldRemoveTooMuchIsHeldUntilApprovedAndChangesNothingMeanwhile() {
    DistrictSettings d = Districts.create(jdbc(), "guard");
    pipeline().run(d, Upload.school(dir, "g1", "g", 100).path(), "import", false);

    RunOutcome held = pipeline().run(d, Upload.school(dir, "g2", "g", 70).path(), "import", false);
    assertThat(held.status()).isEqualTo(RunStatus.HELD);
    assertThat(held.message()).contains("30 of 100 users");
    assertThat(
            count("select count(*) from users where status = 'active' and district_id = 'guard'"))
        .isEqualTo(100);

    RunOutcome approved = pipeline().approve(d, held.run());
    assertThat(approved.status()).isEqualTo(RunStatus.APPLIED);
    assertThat(
            count("select count(*) from users where status = 'active' and district_id = 'guard'"))
        .isEqualTo(70);
    assertThatThrownBy(() -> pipeline().approve(d, held.run()))
        .isInstanceOf(RunConflict.class)
        .hasMessageContaining("not held");
  }

  @Test
  void aNewerUploadSupersedesAHeldRunAndADiscardedRunAppliesNothing() {
    DistrictSettings d = Districts.create(jdbc(), "supersede");
    pipeline().run(d, Upload.school(dir, "s1", "s", 100).path(), "import", false);
    RunOutcome held = pipeline().run(d, Upload.school(dir, "s2", "s", 50).path(), "import", false);
    RunOutcome newer =
        pipeline().run(d, Upload.school(dir, "s3", "s", 101).path(), "import", false);

    assertThat(newer.status()).isEqualTo(RunStatus.APPLIED);
    assertThat(status(held.run())).isEqualTo("superseded");
    RunOutcome heldAgain =
        pipeline().run(d, Upload.school(dir, "s4", "s", 10).path(), "import", false);
    pipeline().discard(d.id(), heldAgain.run());
    assertThat(status(heldAgain.run())).isEqualTo("discarded");
    assertThat(
            count(
                "select count(*) from users where status = 'active' and district_id = 'supersede'"))
        .isEqualTo(101);
  }

  @Test
  void anEmailOfAnotherDistrictIsAnErrorHereAndLeavesTheOtherDistrictAlone() {
    DistrictSettings owner = Districts.create(jdbc(), "owner");
    DistrictSettings taker = Districts.create(jdbc(), "taker");
    pipeline().run(owner, Upload.school(dir, "o1", "o", 3).path(), "import", false);
    Upload steal = Upload.school(dir, "t1", "t", 3);
    steal.file(
        "users.csv",
        Upload.USERS
            + "t-u1,true,A,B,t.u1@example.org,t-s1,child\n"
            + "t-u2,true,C,D,O.U2@example.org,t-s1,child\n"
            + "t-u3,true,E,F,t.u3@example.org,t-s1,child\n");

    RunOutcome run = pipeline().run(taker, steal.path(), "import", false);

    assertThat(run.status()).isEqualTo(RunStatus.APPLIED_WITH_ERRORS);
    assertThat(run.issues())
        .filteredOn(i -> i.severity() == io.rosterd.oneroster.Severity.ERROR)
        .extracting(Issue::code, Issue::sourcedId, Issue::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(IssueCode.USER_EMAIL_IN_USE, "t-u2", 3L),
            org.assertj.core.groups.Tuple.tuple(IssueCode.REF_SKIPPED, "t-r2", 3L));
    assertThat(run.issues().get(run.issues().size() - 2).message()).doesNotContain("owner");
    assertThat(run.files())
        .filteredOn(f -> f.name().equals("users.csv") || f.name().equals("roles.csv"))
        .extracting(FileReport::name, FileReport::rows, FileReport::accepted, FileReport::skipped)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("users.csv", 3L, 2L, 1L),
            org.assertj.core.groups.Tuple.tuple("roles.csv", 3L, 2L, 1L));
    assertThat(
            count(
                "select skipped from run_files where run_id = "
                    + run.run()
                    + " and name = 'users.csv'"))
        .isEqualTo(1);
    assertThat(count("select count(*) from users where district_id = 'taker'")).isEqualTo(2);
    assertThat(
            count(
                "select count(*) from users where district_id = 'owner' and email = 'o.u2@example.org' and status = 'active'"))
        .isEqualTo(1);
  }

  @Test
  void crossCheckIssuesPastTheListCapAreCountedAndNotedAsTruncated() {
    int students = 51_000; // each taken email costs the user and its role: 102,000 errors
    DistrictSettings holder = Districts.create(jdbc(), "holder");
    DistrictSettings grabber = Districts.create(jdbc(), "grabber");
    pipeline().run(holder, Upload.school(dir, "h1", "h", students).path(), "import", false);
    StringBuilder users = new StringBuilder(Upload.USERS);
    for (int i = 1; i <= students; i++) {
      users.append(String.format("g-u%d,true,G,F,h.u%d@example.org,g-s1,child%n", i, i));
    }
    Upload steal = Upload.school(dir, "g1", "g", students).file("users.csv", users.toString());

    RunOutcome run = pipeline().run(grabber, steal.path(), "import", false);

    long counted =
        count("select error_count + warning_count + info_count from runs where id = ?", run.run());
    List<Issue> issues = run.issues();
    assertThat(count("select error_count from runs where id = ?", run.run())).isEqualTo(102_000);
    assertThat(issues).hasSize(100_001);
    assertThat(issues.get(100_000).code()).isEqualTo(IssueCode.ISSUES_TRUNCATED);
    assertThat(issues.get(100_000).message())
        .startsWith(String.format("%,d more issues were found", counted - 1 - 100_000));
    assertThat(
            count(
                "select count(*) from run_issues where run_id = ? and code = 'issues.truncated'",
                run.run()))
        .isEqualTo(1);
  }

  @Test
  void aRowSkippedForAnErrorLeavesItsRecordAsItWasInsteadOfRemovingIt() throws Exception {
    DistrictSettings d = Districts.create(jdbc(), "skips");
    pipeline().run(d, Upload.school(dir, "k1", "k", 30).path(), "import", false);
    Upload typo = Upload.school(dir, "k2", "k", 30);
    String users = Files.readString(typo.path().resolve("users.csv"));
    typo.file("users.csv", users.replace("k.u7@example.org", "k.u7@example"));

    RunOutcome run = pipeline().run(d, typo.path(), "import", false);

    assertThat(run.status()).isEqualTo(RunStatus.APPLIED_WITH_ERRORS);
    assertThat(run.counts().of(Kind.USER).get(Action.REMOVED)).isZero();
    assertThat(run.counts().of(Kind.ROLE).get(Action.REMOVED)).isZero();
    assertThat(
            count(
                "select count(*) from users where district_id = 'skips' and sourced_id = 'k-u7'"
                    + " and status = 'active' and enabled and email = 'k.u7@example.org'"))
        .isEqualTo(1);
    assertThat(
            count("select count(*) from roles where district_id = 'skips' and status = 'active'"))
        .isEqualTo(30);
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsStillKeepsItsUserAndRole() throws Exception {
    DistrictSettings d = Districts.create(jdbc(), "fields");
    pipeline().run(d, Upload.school(dir, "fc1", "fc", 30).path(), "import", false);
    Upload typo = Upload.school(dir, "fc2", "fc", 30);
    String users = Files.readString(typo.path().resolve("users.csv"));
    // an unquoted comma in a name: one field too many, the commonest CSV mistake
    typo.file("users.csv", users.replace("fc-u7,true,Given7,", "fc-u7,true,Given7, Jr.,"));

    RunOutcome run = pipeline().run(d, typo.path(), "import", false);

    assertThat(run.issues())
        .filteredOn(i -> i.severity() == io.rosterd.oneroster.Severity.ERROR)
        .extracting(Issue::code)
        .containsExactly(IssueCode.ROW_FIELD_COUNT, IssueCode.REF_SKIPPED);
    assertThat(run.counts().of(Kind.USER).get(Action.REMOVED)).isZero();
    assertThat(run.counts().of(Kind.ROLE).get(Action.REMOVED)).isZero();
    assertThat(
            count(
                "select count(*) from users where district_id = 'fields' and sourced_id = 'fc-u7'"
                    + " and status = 'active' and enabled"))
        .isEqualTo(1);
  }

  @Test
  void theRoleOfAUserLeftOutOfTheFileGoesWithTheUser() throws Exception {
    DistrictSettings d = Districts.create(jdbc(), "leftout");
    pipeline().run(d, Upload.school(dir, "lo1", "lo", 30).path(), "import", false);
    Upload next = Upload.school(dir, "lo2", "lo", 30);
    String users = Files.readString(next.path().resolve("users.csv"));
    next.file(
        "users.csv",
        users.replace("lo-u7,true,Given7,Family7,lo.u7@example.org,lo-s1,child\n", ""));

    RunOutcome run = pipeline().run(d, next.path(), "import", false);

    assertThat(run.issues()).extracting(Issue::code).contains(IssueCode.REF_UNKNOWN_USER);
    assertThat(run.counts().of(Kind.USER).get(Action.REMOVED)).isEqualTo(1);
    assertThat(run.counts().of(Kind.ROLE).get(Action.REMOVED)).isEqualTo(1);
    assertThat(
            count(
                "select count(*) from roles where district_id = 'leftout' and sourced_id = 'lo-r7'"
                    + " and status = 'tobedeleted'"))
        .isEqualTo(1);
  }

  @Test
  void anUnreadableRoleOfAUserLeftOutOfTheFileGoesWithTheUserToo() throws Exception {
    DistrictSettings d = Districts.create(jdbc(), "unreadrole");
    pipeline().run(d, Upload.school(dir, "ur1", "ur", 30).path(), "import", false);
    Upload next = Upload.school(dir, "ur2", "ur", 30);
    String users = Files.readString(next.path().resolve("users.csv"));
    String roles = Files.readString(next.path().resolve("roles.csv"));
    next.file(
            "users.csv",
            users.replace("ur-u7,true,Given7,Family7,ur.u7@example.org,ur-s1,child\n", ""))
        .file("roles.csv", roles.replace("ur-r7,ur-u7,primary,", "ur-r7,ur-u7,primary,,"));

    RunOutcome run = pipeline().run(d, next.path(), "import", false);

    assertThat(run.issues()).extracting(Issue::code).contains(IssueCode.ROW_FIELD_COUNT);
    assertThat(run.counts().of(Kind.ROLE).get(Action.REMOVED)).isEqualTo(1);
    assertThat(
            count(
                "select count(*) from roles where district_id = 'unreadrole' and status = 'active'"))
        .isEqualTo(29);
    assertThat(
            count(
                "select count(*) from changes c join runs r on r.id = c.run_id"
                    + " where r.district_id = 'unreadrole' and c.kind = 'role'"
                    + " and c.sourced_id = 'ur-r7' and c.action = 'removed'"))
        .isEqualTo(1);
  }

  @Test
  void aSkippedOrgKeepsItselfAndTheUsersAndRolesThatDependOnIt() throws Exception {
    DistrictSettings d = Districts.create(jdbc(), "cascade");
    pipeline().run(d, Upload.school(dir, "c1", "cs", 25).path(), "import", false);
    Upload typo = Upload.school(dir, "c2", "cs", 25);
    String orgs = Files.readString(typo.path().resolve("orgs.csv"));
    typo.file("orgs.csv", orgs.replace("School,school", "School,skool"));

    RunOutcome run = pipeline().run(d, typo.path(), "import", false);

    assertThat(run.status()).isEqualTo(RunStatus.APPLIED_WITH_ERRORS);
    assertThat(run.counts().of(Kind.USER).skipped()).isEqualTo(25);
    for (String table : List.of("orgs", "users", "roles")) {
      assertThat(
              count(
                  "select count(*) from "
                      + table
                      + " where district_id = 'cascade' and status <> 'active'"))
          .as(table)
          .isZero();
    }
    assertThat(count("select count(*) from users where district_id = 'cascade' and enabled"))
        .isEqualTo(25);
  }

  @Test
  void theSameFilesAreReadAgainAfterARunThatSkippedRows() {
    DistrictSettings holder = Districts.create(jdbc(), "letsgo");
    DistrictSettings taker = Districts.create(jdbc(), "waits");
    pipeline().run(holder, Upload.school(dir, "l1", "lg", 3).path(), "import", false);
    Upload wanting =
        Upload.school(dir, "w1", "wt", 2)
            .file(
                "users.csv",
                Upload.USERS
                    + "wt-u1,true,A,B,wt.u1@example.org,wt-s1,child\n"
                    + "wt-u2,true,C,D,lg.u3@example.org,wt-s1,child\n");
    RunOutcome first = pipeline().run(taker, wanting.path(), "import", false);
    assertThat(first.status()).isEqualTo(RunStatus.APPLIED_WITH_ERRORS);
    pipeline().run(holder, Upload.school(dir, "l2", "lg", 2).path(), "import", false);

    RunOutcome again = pipeline().run(taker, wanting.path(), "import", false);

    assertThat(again.status()).isEqualTo(RunStatus.APPLIED);
    assertThat(count("select count(*) from users where district_id = 'waits'")).isEqualTo(2);
    assertThat(pipeline().run(taker, wanting.path(), "import", false).status())
        .isEqualTo(RunStatus.UNCHANGED);
  }

  @Test
  void aRunRecordsWhenItReallyStartedAndFinished() {
    DistrictSettings d = Districts.create(jdbc(), "timed");
    Path files = Upload.school(dir, "tm1", "tm", 20_000).path();

    long start = System.nanoTime();
    RunOutcome run = pipeline().run(d, files, "import", false);
    long tookMillis = (System.nanoTime() - start) / 1_000_000;

    long recordedMillis =
        count(
            "select (extract(epoch from finished_at - started_at) * 1000)::bigint from runs"
                + " where id = ?",
            run.run());
    assertThat(recordedMillis).isBetween(tookMillis / 2, tookMillis);
  }

  @Test
  void aDiscardedRunSaysSoInsteadOfAskingForApproval() {
    DistrictSettings d = Districts.create(jdbc(), "discards");
    pipeline().run(d, Upload.school(dir, "dc1", "dc", 40).path(), "import", false);
    RunOutcome held = pipeline().run(d, Upload.school(dir, "dc2", "dc", 5).path(), "import", false);
    assertThat(held.status()).isEqualTo(RunStatus.HELD);

    pipeline().discard("discards", held.run());

    assertThat(
            jdbc()
                .queryOne("select message from runs where id = ?", r -> r.getString(1), held.run())
                .orElseThrow())
        .startsWith("discarded: nothing of this upload was applied");
  }

  @Test
  void aDryRunPlansAndReportsButRecordsAndChangesNothing() {
    DistrictSettings d = Districts.create(jdbc(), "dry");
    RunOutcome dry = pipeline().run(d, Upload.school(dir, "d1", "d", 5).path(), "import", true);

    assertThat(dry.status()).isEqualTo(RunStatus.DRY_RUN);
    assertThat(dry.run()).isNull();
    assertThat(dry.counts().of(Kind.USER).get(Action.ADDED)).isEqualTo(5);
    assertThat(count("select count(*) from users where district_id = 'dry'")).isZero();
    assertThat(count("select count(*) from runs where district_id = 'dry'")).isZero();
  }

  @Test
  void aDryRunSaysWhenTheRealRunWouldBeHeld() {
    DistrictSettings d = Districts.create(jdbc(), "dryheld");
    pipeline().run(d, Upload.school(dir, "dh1", "dh", 60).path(), "import", false);

    RunOutcome dry = pipeline().run(d, Upload.school(dir, "dh2", "dh", 10).path(), "import", true);

    assertThat(dry.status()).isEqualTo(RunStatus.DRY_RUN);
    assertThat(dry.message())
        .startsWith("dry run: nothing was applied; a real run would be held for approval: ")
        .contains("50 of 60 users");
    assertThat(
            count("select count(*) from users where district_id = 'dryheld' and status = 'active'"))
        .isEqualTo(60);
  }

  @Test
  void aRejectedUploadIsRecordedAndAppliesNothing() {
    DistrictSettings d = Districts.create(jdbc(), "rejected");
    Upload broken = Upload.in(dir, "x1").file("users.csv", "sourcedId,givenName\nu1,A\n");

    RunOutcome run = pipeline().run(d, broken.path(), "import", false);

    assertThat(run.status()).isEqualTo(RunStatus.REJECTED);
    assertThat(run.issues()).extracting(Issue::code).contains(IssueCode.HEADER_MISSING_COLUMN);
    assertThat(status(run.run())).isEqualTo("rejected");
    assertThat(count("select count(*) from run_issues where run_id = ?", run.run())).isPositive();
    assertThat(count("select count(*) from users where district_id = 'rejected'")).isZero();
  }

  @Test
  void aDeltaFileUpsertsItsRowsAndRemovesTobedeleted() {
    DistrictSettings d = Districts.create(jdbc(), "delta");
    pipeline().run(d, Upload.school(dir, "dl1", "dl", 4).path(), "import", false);
    Upload delta =
        Upload.in(dir, "dl2")
            .file(
                "manifest.csv",
                "propertyName,value\nmanifest.version,1.0\noneroster.version,1.2\nfile.users,delta\n")
            .file(
                "users.csv",
                "sourcedId,status,dateLastModified,enabledUser,givenName,familyName,email,primaryOrgSourcedId\n"
                    + "dl-u1,tobedeleted,2024-08-01T00:00:00Z,true,Given1,Family1,dl.u1@example.org,dl-s1\n"
                    + "dl-u9,active,2024-08-01T00:00:00Z,true,New,Person,dl.u9@example.org,dl-s1\n");

    RunOutcome run = pipeline().run(d, delta.path(), "import", false);

    assertThat(run.counts().of(Kind.USER).get(Action.REMOVED)).isEqualTo(1);
    assertThat(run.counts().of(Kind.USER).get(Action.ADDED)).isEqualTo(1);
    assertThat(
            count("select count(*) from users where status = 'active' and district_id = 'delta'"))
        .isEqualTo(4);
    assertThat(
            count("select count(*) from roles where status = 'active' and district_id = 'delta'"))
        .isEqualTo(4);
  }

  private String status(long run) {
    return jdbc()
        .queryOne("select status from runs where id = ?", r -> r.getString(1), run)
        .orElseThrow();
  }
}
