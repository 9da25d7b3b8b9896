package io.rosterd.server.cli;

import io.rosterd.server.credentials.IssuedPassword;
import io.rosterd.server.district.DistrictRules;
import io.rosterd.server.web.WebUser;
import io.rosterd.server.web.WebUserStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rosterd users}: accounts for the web pages. */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description =
        "Manages sign-in accounts for the web pages: support staff and district contacts.",
    subcommands = {
      UsersCommand.Create.class,
      UsersCommand.ListUsers.class,
      UsersCommand.ResetPassword.class,
      UsersCommand.Remove.class
    },
    exitCodeOnInvalidInput = ExitCode.USAGE,
    exitCodeOnExecutionException = ExitCode.SOFTWARE)
public final class UsersCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "Missing a command: create, list, reset-password or remove");
  }

  /** {@code rosterd users create}: prints {@code password: …} once. */
  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = {
        "Creates a web account with a generated password and prints it once ('password: …');"
            + " only an Argon2id hash is kept. A support account sees every district; a district"
            + " contact only that district."
      },
      exitCodeListHeading = "%nExit status:%n",
      exitCodeList = {
        " 0:done",
        " 2:no such district, or the email has an account already",
        "64:bad usage",
        "69:database unavailable"
      })
  static final class Create implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private StoreOptions store;

    @ArgGroup(multiplicity = "1")
    private Kind kind;

    static final class Kind {
      @Option(names = "--support", required = true, description = "An account for support staff.")
      boolean support;

      @Option(
          names = "--district",
          required = true,
          paramLabel = "ID",
          description = "An account for a contact of this district.")
      String district;
    }

    @Parameters(paramLabel = "EMAIL", description = "The email the person signs in with.")
    private String email;

    @Mixin private FormatOption output;

    @Override
    public Integer call() throws IOException {
      String address = email.strip();
      DistrictCommand.require(
          spec,
          DistrictRules.emailProblem(address).map(p -> p.replaceFirst("^contact email", "email")));
      if (kind.district != null) {
        DistrictCommand.require(spec, DistrictRules.idProblem(kind.district));
      }
      IssuedPassword issued = IssuedPassword.generate(); // hashed before any transaction
      return WithDatabase.run(
          spec,
          store,
          (database, out) -> {
            if (kind.district != null) {
              RunReports.district(database, kind.district);
            }
            WebUser user;
            try {
              user =
                  new WebUserStore(database.jdbc()).create(address, kind.district, issued.hash());
            } catch (IllegalArgumentException e) {
              throw new Refusal(ExitCode.REFUSED, e.getMessage());
            }
            printIssued(
                user, issued, "sign in at /login on rosterd's web address.", output.json(), out);
            return ExitCode.OK;
          });
    }
  }

  /** {@code rosterd users list}: never a password or hash. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the web accounts, with their district and any lockout.")
  static final class ListUsers implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private StoreOptions store;
    @Mixin private FormatOption output;

    @Override
    public Integer call() throws IOException {
      return WithDatabase.run(
          spec,
          store,
          (database, out) -> {
            List<WebUser> users = new WebUserStore(database.jdbc()).list();
            if (output.json()) {
              JsonOut.write(
                  Map.of("users", users.stream().map(UsersCommand::fields).toList()), out);
            } else {
              writeText(users, out);
            }
            return ExitCode.OK;
          });
    }

    private static void writeText(List<WebUser> users, PrintWriter out) {
      if (users.isEmpty()) {
        out.println("no web accounts; 'rosterd users create --support EMAIL' makes one");
        return;
      }
      out.printf(
          "%-5s %-36s %-14s %-22s %s%n", "id", "email", "sees", "last sign-in", "locked until");
      for (WebUser u : users) {
        out.printf(
            "%-5d %-36s %-14s %-22s %s%n",
            u.id(),
            u.email(),
            u.isSupport() ? "support" : u.district(),
            u.lastLoginAt() == null ? "never" : u.lastLoginAt().toString(),
            u.lockedUntil() == null ? "" : u.lockedUntil().toString());
      }
    }
  }

  /** {@code rosterd users reset-password}: for a person locked out or who lost the password. */
  @Command(
      name = "reset-password",
      mixinStandardHelpOptions = true,
      description = {
        "Gives a web account a new generated password and prints it once ('password: …'); lifts"
            + " its lockout and signs it out of every browser. The old password stops working."
      },
      exitCodeListHeading = "%nExit status:%n",
      exitCodeList = {" 0:done", " 2:no account for that email", "64:bad usage", "69:database"})
  static final class ResetPassword implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private StoreOptions store;

    @Parameters(paramLabel = "EMAIL", description = "The email the person signs in with.")
    private String email;

    @Mixin private FormatOption output;

    @Override
    public Integer call() throws IOException {
      IssuedPassword issued = IssuedPassword.generate();
      return WithDatabase.run(
          spec,
          store,
          (database, out) -> {
            WebUser user =
                new WebUserStore(database.jdbc())
                    .resetPassword(email.strip(), issued.hash())
                    .orElseThrow(() -> noAccount(email));
            printIssued(
                user,
                issued,
                "the account is unlocked and signed out everywhere.",
                output.json(),
                out);
            return ExitCode.OK;
          });
    }
  }

  /** {@code rosterd users remove}: for a contact who left, or a support account no longer used. */
  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = "Removes a web account and signs it out of every browser.",
      exitCodeListHeading = "%nExit status:%n",
      exitCodeList = {" 0:done", " 2:no account for that email", "64:bad usage", "69:database"})
  static final class Remove implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private StoreOptions store;

    @Parameters(paramLabel = "EMAIL", description = "The email the person signs in with.")
    private String email;

    @Override
    public Integer call() throws IOException {
      return WithDatabase.run(
          spec,
          store,
          (database, out) -> {
            if (!new WebUserStore(database.jdbc()).remove(email.strip())) {
              throw noAccount(email);
            }
            out.println("Removed the web account of " + email.strip() + ".");
            return ExitCode.OK;
          });
    }
  }

  /** The account and its new password, shown this once, as text or JSON. */
  private static void printIssued(
      WebUser user, IssuedPassword issued, String then, boolean json, PrintWriter out)
      throws IOException {
    if (json) {
      Map<String, Object> fields = fields(user);
      fields.put("password", issued.password());
      JsonOut.write(Map.of("user", fields), out);
      return;
    }
    out.println("email: " + user.email());
    out.println("password: " + issued.password());
    out.println("Shown only this once; " + then);
  }

  private static Refusal noAccount(String email) {
    return new Refusal(
        ExitCode.REFUSED,
        "no web account for " + email.strip() + "; 'rosterd users list' shows the accounts");
  }

  private static Map<String, Object> fields(WebUser u) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", u.id());
    json.put("email", u.email());
    json.put("district", u.district());
    json.put("support", u.isSupport());
    json.put("createdAt", u.createdAt().toString());
    json.put("lastLoginAt", u.lastLoginAt() == null ? null : u.lastLoginAt().toString());
    json.put("lockedUntil", u.lockedUntil() == null ? null : u.lockedUntil().toString());
    return json;
  }
}
