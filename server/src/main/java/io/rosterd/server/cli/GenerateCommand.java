package io.rosterd.server.cli;

import io.rosterd.oneroster.generate.DistrictGenerator;
import io.rosterd.oneroster.generate.GeneratedDistrict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rosterd generate}: writes a realistic synthetic district, the same for the same seed. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Writes a synthetic district (manifest, orgs, users and roles CSV files) for tests and demos.",
    exitCodeOnInvalidInput = ExitCode.USAGE,
    exitCodeOnExecutionException = ExitCode.SOFTWARE,
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {" 0:written", "64:bad usage", "70:rosterd failed", "73:DIR cannot be written"})
public final class GenerateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Folder to write into; created if missing.")
  private Path out;

  @Option(
      names = "--users",
      required = true,
      paramLabel = "N",
      description = "How many users (at least 1).")
  private long users;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Same seed, same files. Default: ${DEFAULT-VALUE}.")
  private long seed;

  @Option(
      names = "--errors",
      paramLabel = "RATE",
      defaultValue = "0",
      description =
          "Share of rows given a known defect, 0 to 1; writes expected-issues.csv. Default: 0.")
  private double errorRate;

  @Override
  public Integer call() {
    checkArguments();
    long started = System.nanoTime();
    try {
      GeneratedDistrict district = DistrictGenerator.generate(out, users, seed, errorRate);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      spec.commandLine().getOut().println(summary(district, took));
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    } catch (IOException | UncheckedIOException e) {
      return cannotWrite(e);
    }
  }

  // A full disk or a read-only folder is the user's to fix, not a fault in rosterd.
  private int cannotWrite(Exception e) {
    String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
    spec.commandLine()
        .getErr()
        .println("rosterd generate: cannot write to " + out + " (" + reason + ")");
    spec.commandLine().getErr().flush();
    return ExitCode.CANNOT_WRITE;
  }

  private void checkArguments() {
    if (users < 1) {
      throw usage("--users must be at least 1, found " + users);
    }
    if (!(errorRate >= 0 && errorRate <= 1)) { // also refuses NaN
      throw usage("--errors must be a rate from 0 to 1 (0.01 is 1%), found " + errorRate);
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw usage("--out must be a folder, but " + out + " is a file");
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private String summary(GeneratedDistrict district, Duration took) {
    String defects =
        district.injectedDefects() == 0
            ? ""
            : String.format(
                Locale.ROOT,
                ", %,d injected defects (see expected-issues.csv)",
                district.injectedDefects());
    return String.format(
        Locale.ROOT,
        "Wrote %,d orgs, %,d users, %,d roles%s to %s in %.2f s (seed %d)",
        district.orgs(),
        district.users(),
        district.roles(),
        defects,
        out.toAbsolutePath().normalize(),
        took.toNanos() / 1e9,
        seed);
  }
}
