package io.rosterd.bench;

import io.rosterd.oneroster.ReadOptions;
import io.rosterd.oneroster.UploadCheck;
import io.rosterd.oneroster.UploadResult;
import io.rosterd.oneroster.generate.DistrictGenerator;
import io.rosterd.oneroster.generate.GeneratedDistrict;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * End-to-end benchmark of {@code rosterd validate}: generates a district, then alternates a bare
 * FastCSV pass (the floor) with a full lenient validation of the same files, and reports medians,
 * their ratio, rows per second and the peak heap. Run it with the heap the target allows ({@code
 * -Xmx512m}): finishing at all proves the bound. See docs/benchmarks.md.
 *
 * <p>Arguments: {@code USERS [RUNS [DIR]]}.
 */
public final class ValidateBenchmark {
  private static final int WARMUP_RUNS = 2;

  private ValidateBenchmark() {}

  public static void main(String[] args) throws IOException {
    long users = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("rosterd-bench");
    System.out.println(run(users, runs, dir).report());
  }

  /** Generates (or reuses) the district in {@code dir} and measures it. */
  public static Result run(long users, int runs, Path dir) throws IOException {
    GeneratedDistrict district = DistrictGenerator.generate(dir, users, 42, 0);
    Timing bare = new Timing();
    Timing validate = new Timing();
    UploadResult last = null;
    for (int i = 0; i < WARMUP_RUNS + runs; i++) {
      Timing b = i < WARMUP_RUNS ? new Timing() : bare;
      Timing v = i < WARMUP_RUNS ? new Timing() : validate;
      b.measure(() -> BareParse.rows(dir));
      resetPeaks();
      last = v.measure(() -> UploadCheck.run(dir, ReadOptions.lenient()));
    }
    long rows = district.orgs() + district.users() + district.roles();
    return new Result(district, rows, bare, validate, peakHeapBytes(), last);
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /** The measurements of one benchmark run. */
  public record Result(
      GeneratedDistrict district,
      long rows,
      Timing bare,
      Timing validate,
      long peakHeapBytes,
      UploadResult lastResult) {

    public double ratio() {
      return validate.median() / bare.median();
    }

    public double rowsPerSecond() {
      return rows / validate.median();
    }

    String report() {
      return String.format(
          "district: %,d orgs, %,d users, %,d roles (%,d rows)%n"
              + "max heap: %,d MB; peak heap during a validation: %,d MB%n"
              + "bare FastCSV pass: median %.2f s of %s%n"
              + "validate (lenient): median %.2f s of %s -> status %s, %d errors%n"
              + "ratio validate/bare: %.2f; throughput: %,.0f rows/s",
          district.orgs(),
          district.users(),
          district.roles(),
          rows,
          Runtime.getRuntime().maxMemory() >> 20,
          peakHeapBytes >> 20,
          bare.median(),
          rounded(bare),
          validate.median(),
          rounded(validate),
          lastResult.status().label(),
          lastResult.counts().errors(),
          ratio(),
          rowsPerSecond());
    }

    private static String rounded(Timing timing) {
      return timing.rounded();
    }
  }
}
