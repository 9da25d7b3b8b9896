package io.rosterd.server.cli;

import io.rosterd.server.credentials.IssuedPassword;
import io.rosterd.server.credentials.SftpAccountStore;
import io.rosterd.server.district.District;
import io.rosterd.server.district.DistrictExistsException;
import io.rosterd.server.district.DistrictRules;
import io.rosterd.server.district.DistrictStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rosterd district create}: onboards a district with the default settings. */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description = {
      "Creates a district. Its settings start at the defaults: a run that would remove or disable"
          + " more than 10%% and at least 20 records of a kind is held; lenient checks; not paused.",
      "Also creates its SFTP account (username = the district's id) and prints its password once:"
          + " rosterd keeps only a hash of it."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      " 0:done",
      " 2:a district with this id already exists",
      "64:bad usage or a bad value",
      "69:the database could not be reached or started",
      "70:rosterd failed"
    })
public final class DistrictCreateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private StoreOptions store;

  @Option(
      names = "--id",
      required = true,
      paramLabel = "ID",
      description = "Short, permanent: lowercase letters, digits, '-', '_' (e.g. springfield-usd).")
  private String id;

  @Option(names = "--name", required = true, paramLabel = "NAME", description = "Its full name.")
  private String name;

  @Option(
      names = "--contact-email",
      required = true,
      paramLabel = "EMAIL",
      description = "The technical contact: receives reports of held, rejected or failed runs.")
  private String contactEmail;

  @Mixin private FormatOption output;

  @Override
  public Integer call() throws IOException {
    String cleanName = name.strip();
    String email = contactEmail.strip();
    DistrictCommand.require(spec, DistrictRules.idProblem(id));
    DistrictCommand.require(spec, DistrictRules.nameProblem(cleanName));
    DistrictCommand.require(spec, DistrictRules.emailProblem(email));
    IssuedPassword password = IssuedPassword.generate(); // hashed before any transaction
    return WithDatabase.run(
        spec,
        store,
        (database, out) -> {
          // The district and its account in one transaction: never one without the other.
          District district =
              database
                  .jdbc()
                  .inTransaction(
                      tx -> {
                        District created = create(new DistrictStore(tx), cleanName, email);
                        new SftpAccountStore(tx).setPassword(id, password.hash());
                        return created;
                      });
          write(district, password, out);
          return ExitCode.OK;
        });
  }

  private District create(DistrictStore districts, String cleanName, String email) {
    try {
      return districts.create(id, cleanName, email);
    } catch (DistrictExistsException e) {
      throw new Refusal(
          ExitCode.REFUSED, e.getMessage() + "; 'rosterd district show " + id + "' shows it");
    }
  }

  // The username is the district's id: a new account has no other.
  private void write(District district, IssuedPassword password, PrintWriter out)
      throws IOException {
    if (output.json()) {
      DistrictJson.writeCreated(district, district.id(), password.password(), out);
    } else {
      DistrictText.writeOne("Created district " + district.id() + ".", district, out);
      CredentialsText.writeIssued(district.id(), district.id(), password.password(), out);
    }
  }
}
