package io.rosterd.bench;

import io.rosterd.oneroster.generate.DistrictGenerator;
import io.rosterd.oneroster.generate.GeneratedDistrict;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.store.Database;
import io.rosterd.server.sync.DistrictSettings;
import io.rosterd.server.sync.RunOutcome;
import io.rosterd.server.sync.RunPipeline;
import io.rosterd.server.sync.RunStatus;
import io.rosterd.server.sync.Thresholds;
import java.io.IOException;
import java.nio.file.Path;

/**
 * End-to-end benchmark of {@code rosterd import} on one PostgreSQL server: for each repetition, a
 * raw COPY of the district's three files into plain unindexed tables (the floor), then a first load
 * into an empty district, a re-import of the same files, and an import with 1% of the users
 * changed. Reports medians and their ratios to the floor. See docs/benchmarks.md.
 *
 * <p>Arguments: {@code USERS RUNS DIR [JDBC_URL USER PASSWORD]}; without a URL, the bundled
 * PostgreSQL in {@code DIR/data}.
 */
public final class SyncBenchmark {
  private SyncBenchmark() {}

  public static void main(String[] args) throws IOException {
    long users = Long.parseLong(args[0]);
    int runs = Integer.parseInt(args[1]);
    Path dir = Path.of(args[2]);
    try (Database database = open(args, dir)) {
      System.out.println(run(database, users, runs, dir).report());
    }
  }

  private static Database open(String[] args, Path dir) {
    return args.length > 3
        ? Database.external(args[3], args[4], args[5])
        : Database.embedded(dir.resolve("data"));
  }

  public static SyncResult run(Database database, long users, int runs, Path dir)
      throws IOException {
    Path first = dir.resolve("district");
    Path changed = dir.resolve("district-1pct");
    GeneratedDistrict district = DistrictGenerator.generate(first, users, 42, 0);
    OnePercentChange.write(first, changed);
    SyncResult result = new SyncResult(district);
    for (int i = 0; i < runs; i++) {
      oneRound(database, dir, first, changed, "bench" + i, result);
    }
    return result;
  }

  private static void oneRound(
      Database database, Path dir, Path first, Path changed, String id, SyncResult result) {
    result.rawCopy().measure(() -> RawCopy.run(database.dataSource(), first));
    new DistrictStore(database.jdbc()).create(id, "Benchmark " + id, "it@bench.example.org");
    DistrictSettings settings = new DistrictSettings(id, false, Thresholds.DEFAULT);
    RunPipeline pipeline = new RunPipeline(database.dataSource(), dir.resolve("data"));
    RunOutcome load =
        result.firstLoad().measure(() -> pipeline.run(settings, first, "bench", false));
    RunOutcome again =
        result.unchanged().measure(() -> pipeline.run(settings, first, "bench", false));
    RunOutcome delta =
        result.onePercent().measure(() -> pipeline.run(settings, changed, "bench", false));
    result.check(load, RunStatus.APPLIED);
    result.check(again, RunStatus.UNCHANGED);
    result.check(delta, RunStatus.APPLIED);
    result.recordWrites(RowWrites.of(database.jdbc(), id, again.run()), delta);
    result.peakHeap();
    Cleanup.district(database.jdbc(), id);
  }
}
