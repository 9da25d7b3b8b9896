package io.rosterd.server.cli;

import io.rosterd.server.district.District;
import io.rosterd.server.district.DistrictRules;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.district.SettingsChange;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code rosterd district set}: changes a district's settings; those not given stay. */
@Command(
    name = "set",
    mixinStandardHelpOptions = true,
    description = "Changes a district's settings; those not given stay as they are.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      " 0:done",
      " 2:no such district",
      "64:bad usage or a bad value",
      "69:the database could not be reached or started",
      "70:rosterd failed"
    })
public final class DistrictSetCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private StoreOptions store;

  @Parameters(paramLabel = "ID", description = "The district's id.")
  private String id;

  @Option(
      names = "--threshold-percent",
      paramLabel = "P",
      converter = Percent.class,
      description =
          "Hold a run that would remove or disable more than P%% (0 to 100) of a kind of record...")
  private BigDecimal thresholdPercent;

  @Option(
      names = "--threshold-min",
      paramLabel = "N",
      description = "...and at least N records of it.")
  private Integer thresholdMin;

  @Option(
      names = "--strict",
      arity = "1",
      paramLabel = "true|false",
      description = "Check its files as OneRoster 1.2 is written (for SIS vendors).")
  private Boolean strict;

  @Option(
      names = "--paused",
      arity = "1",
      paramLabel = "true|false",
      description = "Keep receiving its files, but run nothing.")
  private Boolean paused;

  @Option(
      names = "--interval",
      paramLabel = "DURATION|default",
      converter = IntervalText.class,
      description =
          "How often its drop box is looked at (1m to 7d, e.g. 30m, 2h); 'default' goes back to"
              + " rosterd's interval.")
  private Duration interval;

  @Mixin private FormatOption output;

  @Override
  public Integer call() throws IOException {
    SettingsChange change =
        new SettingsChange(thresholdPercent, thresholdMin, strict, paused, interval);
    DistrictCommand.require(spec, DistrictRules.idProblem(id));
    DistrictCommand.require(spec, nothingGiven(change));
    DistrictCommand.require(spec, DistrictRules.settingsProblem(change));
    return WithDatabase.run(
        spec,
        store,
        (database, out) -> {
          District district =
              new DistrictStore(database.jdbc())
                  .update(id, change)
                  .orElseThrow(() -> Refusal.noDistrict(id));
          if (output.json()) {
            DistrictJson.writeOne(district, out);
          } else {
            DistrictText.writeOne("Updated district " + district.id() + ".", district, out);
          }
          return ExitCode.OK;
        });
  }

  private static Optional<String> nothingGiven(SettingsChange change) {
    return change.isEmpty()
        ? Optional.of(
            "nothing to change: give --threshold-percent, --threshold-min, --strict, --paused"
                + " or --interval")
        : Optional.empty();
  }

  /** A percent as people write it: 10, 12.5 (a trailing % is forgiven). */
  static final class Percent implements ITypeConverter<BigDecimal> {
    @Override
    public BigDecimal convert(String value) {
      String number = value.strip();
      number = number.endsWith("%") ? number.substring(0, number.length() - 1).strip() : number;
      try {
        return new BigDecimal(number);
      } catch (NumberFormatException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a number; give a percent from 0 to 100, like 10 or 12.5");
      }
    }
  }
}
