package io.rosterd.server.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rosterd credentials disable}: disables a district's SFTP logins. */
@Command(
    name = "disable",
    mixinStandardHelpOptions = true,
    description = {
      "Refuses every SFTP login of a district, by password or key, until it is enabled again."
          + " Its password, keys and files are kept."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      " 0:done",
      " 2:no such district",
      "64:bad usage",
      "69:the database could not be reached or started",
      "70:rosterd failed"
    })
public final class CredentialsDisableCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private StoreOptions store;

  @Parameters(paramLabel = "ID", description = "The district's id.")
  private String id;

  @Mixin private FormatOption output;

  @Override
  public Integer call() throws IOException {
    return AccountSwitch.set(
        spec,
        store,
        output,
        id,
        false,
        "Disabled SFTP logins of district " + id + "; files already uploaded are kept.");
  }
}
