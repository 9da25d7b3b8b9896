package io.rosterd.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.credentials.PasswordHasher;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.store.PostgresExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code rosterd users}: a password printed once, kept only as an Argon2id hash. */
final class WebUsersCommandTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();

  @TempDir Path dir;

  private Cli.Run rosterd(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(POSTGRES.cliOptions());
    all.addAll(List.of("--data-dir", dir.toString()));
    return Cli.run(all.toArray(String[]::new));
  }

  @Test
  void anAccountsPasswordIsPrintedOnceAndOnlyItsHashIsKept() {
    new DistrictStore(POSTGRES.jdbc()).create("acme", "Acme", "it@acme.org");
    Cli.Run support = rosterd("users", "create", "--support", "help@rosterd.org");
    assertThat(support.exitCode()).as(support.err()).isZero();
    String password =
        support.out().lines().filter(l -> l.startsWith("password: ")).findFirst().orElseThrow();
    password = password.substring("password: ".length());
    assertThat(password).hasSize(24);
    String hash =
        POSTGRES
            .jdbc()
            .queryOne(
                "select password_hash from web_users where email = 'help@rosterd.org'",
                r -> r.getString(1))
            .orElseThrow();
    assertThat(hash).startsWith("$argon2id$").doesNotContain(password);
    assertThat(new PasswordHasher().verify(password, hash)).isTrue();

    Cli.Run contact = rosterd("users", "create", "--district", "acme", "it@acme.org");
    assertThat(contact.exitCode()).as(contact.err()).isZero();
    Cli.Run list = rosterd("users", "list");
    assertThat(list.out()).contains("help@rosterd.org").contains("support").contains("acme");
    assertThat(list.out()).doesNotContain(password).doesNotContain("argon2");
  }

  @Test
  void supportResetsALockedOutPasswordAndRemovesAnAccount() {
    assertThat(rosterd("users", "create", "--support", "locked@rosterd.org").exitCode()).isZero();
    POSTGRES
        .jdbc()
        .update(
            "update web_users set failed_logins = 9, locked_until = now() + interval '10 minutes'"
                + " where email = 'locked@rosterd.org'");

    Cli.Run reset = rosterd("users", "reset-password", "Locked@rosterd.org");

    assertThat(reset.exitCode()).as(reset.err()).isZero();
    String password =
        reset.out().lines().filter(l -> l.startsWith("password: ")).findFirst().orElseThrow();
    String hash =
        POSTGRES
            .jdbc()
            .queryOne(
                "select password_hash || ' ' || failed_logins || ' ' || (locked_until is null)"
                    + " from web_users where email = 'locked@rosterd.org'",
                r -> r.getString(1))
            .orElseThrow();
    assertThat(hash).endsWith(" 0 true");
    assertThat(new PasswordHasher().verify(password.substring(10), hash.split(" ")[0])).isTrue();

    assertThat(rosterd("users", "remove", "locked@rosterd.org").exitCode()).isZero();
    assertThat(rosterd("users", "list").out()).doesNotContain("locked@rosterd.org");
    Cli.Run gone = rosterd("users", "reset-password", "locked@rosterd.org");
    assertThat(gone.exitCode()).isEqualTo(ExitCode.REFUSED);
    assertThat(gone.err()).contains("no web account for locked@rosterd.org");
  }

  @Test
  void anAccountNeedsAnExistingDistrictAValidAndUnusedEmail() {
    Cli.Run unknown = rosterd("users", "create", "--district", "nowhere", "a@b.org");
    assertThat(unknown.exitCode()).isEqualTo(ExitCode.REFUSED);
    assertThat(rosterd("users", "create", "--support", "not an email").exitCode())
        .isEqualTo(ExitCode.USAGE);
    assertThat(rosterd("users", "create", "--support", "twice@rosterd.org").exitCode()).isZero();
    Cli.Run again = rosterd("users", "create", "--support", "TWICE@rosterd.org");
    assertThat(again.exitCode()).isEqualTo(ExitCode.REFUSED);
    assertThat(again.err()).contains("already an account");
    assertThat(rosterd("users", "create", "a@b.org").exitCode()).isEqualTo(ExitCode.USAGE);
  }
}
