package io.rosterd.server.intake;

import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.common.config.keys.KeyUtils;

/** SftpAccounts for tests: username to district, password and keys, in a map. */
final class MapAccounts implements SftpAccounts {

  private record Account(String district, String password, List<PublicKey> keys) {}

  private final Map<String, Account> accounts = new ConcurrentHashMap<>();

  MapAccounts add(String username, String district, String password, PublicKey... keys) {
    accounts.put(username, new Account(district, password, List.of(keys)));
    return this;
  }

  @Override
  public Optional<String> byPassword(String username, String password) {
    Account account = accounts.get(username);
    return account != null && account.password().equals(password)
        ? Optional.of(account.district())
        : Optional.empty();
  }

  @Override
  public Optional<String> byPublicKey(String username, PublicKey key) {
    Account account = accounts.get(username);
    return account != null && account.keys().stream().anyMatch(k -> KeyUtils.compareKeys(k, key))
        ? Optional.of(account.district())
        : Optional.empty();
  }
}
