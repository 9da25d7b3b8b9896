package io.rosterd.server.cli;

import io.rosterd.oneroster.Profile;
import io.rosterd.oneroster.ReadOptions;
import io.rosterd.oneroster.UploadCheck;
import io.rosterd.oneroster.UploadResult;
import io.rosterd.server.report.IssueCsv;
import io.rosterd.server.report.UploadJson;
import io.rosterd.server.report.UploadText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rosterd validate}: checks an upload the way a run would, and changes nothing. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Checks a folder or .zip of OneRoster 1.2 CSV files and lists every issue.",
    exitCodeOnInvalidInput = ExitCode.USAGE,
    exitCodeOnExecutionException = ExitCode.SOFTWARE,
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      " 0:no errors (warnings allowed)",
      " 1:some rows would be skipped; the rest can be imported",
      " 2:the upload is refused, or PATH cannot be read",
      "64:bad usage",
      "70:rosterd failed"
    })
public final class ValidateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "A folder or a .zip holding the CSV files.")
  private Path upload;

  @Option(
      names = "--strict",
      description = "Check OneRoster 1.2 conformance as written (for SIS vendors).")
  private boolean strict;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = OutputFormat.Converter.class,
      description = "text (for people), json or csv (the issue list). Default: ${DEFAULT-VALUE}.")
  private OutputFormat format;

  @Override
  public Integer call() throws IOException {
    Profile profile = strict ? Profile.STRICT : Profile.LENIENT;
    UploadResult result = UploadCheck.run(upload, ReadOptions.of(profile));
    write(result, profile, spec.commandLine().getOut());
    return exitCode(result.status());
  }

  private void write(UploadResult result, Profile profile, PrintWriter out) throws IOException {
    switch (format) {
      case JSON -> UploadJson.write(result, out);
      case CSV -> IssueCsv.write(result.issues(), out);
      case TEXT -> UploadText.write(title(profile), result, out);
    }
  }

  private String title(Profile profile) {
    String mode = profile == Profile.STRICT ? "strict: OneRoster 1.2 as written" : "lenient";
    return "rosterd validate " + upload.toAbsolutePath().normalize() + " (" + mode + ")";
  }

  static int exitCode(UploadResult.Status status) {
    return switch (status) {
      case OK -> ExitCode.OK;
      case ERRORS -> ExitCode.ROWS_REJECTED;
      case REJECTED -> ExitCode.UPLOAD_REFUSED;
    };
  }
}
