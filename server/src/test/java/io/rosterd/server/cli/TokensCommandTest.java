package io.rosterd.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.api.TokenStore;
import io.rosterd.server.store.PostgresExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code rosterd tokens}: made once, listed without secrets, revoked for good. */
final class TokensCommandTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();

  @TempDir Path dir;

  private Cli.Run rosterd(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(POSTGRES.cliOptions());
    all.addAll(List.of("--data-dir", dir.toString()));
    return Cli.run(all.toArray(String[]::new));
  }

  @Test
  void aTokenIsShownOnceListedWithoutItsSecretAndStopsWorkingWhenRevoked() {
    assertThat(
            rosterd(
                    "district",
                    "create",
                    "--id",
                    "tok",
                    "--name",
                    "T",
                    "--contact-email",
                    "a@t.org")
                .exitCode())
        .isZero();
    Cli.Run support = rosterd("tokens", "create", "--support", "--name", "alice laptop");
    assertThat(support.exitCode()).as(support.err()).isZero();
    String secret = support.out().lines().findFirst().orElseThrow().replace("token: ", "");
    assertThat(secret).startsWith("rsd_").hasSizeGreaterThan(40);
    Cli.Run district = rosterd("tokens", "create", "--district", "tok", "--name", "SIS job");
    assertThat(district.exitCode()).isZero();

    TokenStore store = new TokenStore(POSTGRES.jdbc());
    assertThat(store.caller(secret)).hasValueSatisfying(c -> assertThat(c.isSupport()).isTrue());

    Cli.Run list = rosterd("tokens", "list");
    assertThat(list.out()).contains("alice laptop").contains("support").contains("SIS job");
    assertThat(list.out()).doesNotContain(secret).doesNotContain(secret.substring(4, 20));
    Cli.Run json = rosterd("tokens", "list", "--format", "json");
    assertThat(json.out()).contains("\"district\" : \"tok\"").doesNotContain(secret);

    long id = store.list().get(0).id();
    assertThat(rosterd("tokens", "revoke", Long.toString(id)).exitCode()).isZero();
    assertThat(store.caller(secret)).isEmpty();
    Cli.Run again = rosterd("tokens", "revoke", Long.toString(id));
    assertThat(again.exitCode()).isEqualTo(ExitCode.REFUSED);
    assertThat(again.err()).contains("no live token " + id);
  }

  @Test
  void aTokenNeedsEitherSupportOrAnExistingDistrict() {
    assertThat(rosterd("tokens", "create", "--name", "x").exitCode()).isEqualTo(ExitCode.USAGE);
    Cli.Run unknown = rosterd("tokens", "create", "--district", "nobody", "--name", "x");
    assertThat(unknown.exitCode()).isEqualTo(ExitCode.REFUSED);
    assertThat(unknown.err()).contains("nobody");
  }
}
