package io.rosterd.server.cli;

import io.rosterd.server.api.ApiToken;
import io.rosterd.server.api.TokenStore;
import io.rosterd.server.district.DistrictRules;
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

/** {@code rosterd tokens}: bearer tokens of the HTTP API. */
@Command(
    name = "tokens",
    mixinStandardHelpOptions = true,
    description = "Manages bearer tokens of the HTTP API: support tokens and district tokens.",
    subcommands = {
      TokensCommand.Create.class,
      TokensCommand.ListTokens.class,
      TokensCommand.Revoke.class
    },
    exitCodeOnInvalidInput = ExitCode.USAGE,
    exitCodeOnExecutionException = ExitCode.SOFTWARE)
public final class TokensCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing a command: create, list or revoke");
  }

  /** {@code rosterd tokens create}: prints {@code token: …} once. */
  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = {
        "Creates a token and prints it once ('token: rsd_…'); only a hash is kept. A support"
            + " token reaches every district; a district token only that district."
      },
      exitCodeListHeading = "%nExit status:%n",
      exitCodeList = {" 0:done", " 2:no such district", "64:bad usage", "69:database unavailable"})
  static final class Create implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private StoreOptions store;

    @ArgGroup(multiplicity = "1")
    private Kind kind;

    static final class Kind {
      @Option(names = "--support", required = true, description = "A token for support staff.")
      boolean support;

      @Option(
          names = "--district",
          required = true,
          paramLabel = "ID",
          description = "A token for this district only.")
      String district;
    }

    @Option(
        names = "--name",
        required = true,
        paramLabel = "NAME",
        description = "What the token is for, e.g. 'alice laptop' or 'springfield SIS job'.")
    private String name;

    @Mixin private FormatOption output;

    @Override
    public Integer call() throws IOException {
      if (name.isBlank() || name.length() > 100) {
        throw new ParameterException(spec.commandLine(), "--name takes 1 to 100 characters");
      }
      if (kind.district != null) {
        DistrictCommand.require(spec, DistrictRules.idProblem(kind.district));
      }
      return WithDatabase.run(
          spec,
          store,
          (database, out) -> {
            if (kind.district != null) {
              RunReports.district(database, kind.district);
            }
            TokenStore.Issued issued =
                new TokenStore(database.jdbc()).create(name.strip(), kind.district);
            if (output.json()) {
              Map<String, Object> json = fields(issued.token());
              json.put("token", issued.secret());
              JsonOut.write(Map.of("token", json), out);
            } else {
              out.println("token: " + issued.secret());
              out.println(
                  "Shown only this once; 'rosterd tokens revoke "
                      + issued.token().id()
                      + "' ends it.");
            }
            return ExitCode.OK;
          });
    }
  }

  /** {@code rosterd tokens list}: never a secret. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the tokens (never their secrets).")
  static final class ListTokens implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private StoreOptions store;
    @Mixin private FormatOption output;

    @Override
    public Integer call() throws IOException {
      return WithDatabase.run(
          spec,
          store,
          (database, out) -> {
            List<ApiToken> tokens = new TokenStore(database.jdbc()).list();
            if (output.json()) {
              JsonOut.write(
                  Map.of("tokens", tokens.stream().map(TokensCommand::fields).toList()), out);
            } else {
              writeText(tokens, out);
            }
            return ExitCode.OK;
          });
    }

    private static void writeText(List<ApiToken> tokens, PrintWriter out) {
      if (tokens.isEmpty()) {
        out.println("no tokens; 'rosterd tokens create --support --name NAME' makes one");
        return;
      }
      out.printf("%-5s %-12s %-30s %-22s %s%n", "id", "reaches", "name", "last used", "revoked");
      for (ApiToken t : tokens) {
        out.printf(
            "%-5d %-12s %-30s %-22s %s%n",
            t.id(),
            t.isSupport() ? "support" : t.district(),
            t.name(),
            t.lastUsedAt() == null ? "never" : t.lastUsedAt().toString(),
            t.revokedAt() == null ? "" : t.revokedAt().toString());
      }
    }
  }

  /** {@code rosterd tokens revoke ID}. */
  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      description = "Revokes a token: it stops working at once.",
      exitCodeListHeading = "%nExit status:%n",
      exitCodeList = {" 0:done", " 2:no such live token", "64:bad usage"})
  static final class Revoke implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private StoreOptions store;

    @Parameters(paramLabel = "ID", description = "The token's id ('rosterd tokens list').")
    private long id;

    @Override
    public Integer call() throws IOException {
      return WithDatabase.run(
          spec,
          store,
          (database, out) -> {
            if (!new TokenStore(database.jdbc()).revoke(id)) {
              throw new Refusal(
                  ExitCode.REFUSED,
                  "no live token " + id + "; 'rosterd tokens list' shows the tokens there are");
            }
            out.println("revoked token " + id);
            return ExitCode.OK;
          });
    }
  }

  private static Map<String, Object> fields(ApiToken t) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", t.id());
    json.put("name", t.name());
    json.put("district", t.district());
    json.put("support", t.isSupport());
    json.put("createdAt", t.createdAt().toString());
    json.put("lastUsedAt", t.lastUsedAt() == null ? null : t.lastUsedAt().toString());
    json.put("revokedAt", t.revokedAt() == null ? null : t.revokedAt().toString());
    return json;
  }
}
