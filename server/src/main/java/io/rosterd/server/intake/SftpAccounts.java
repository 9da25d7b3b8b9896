package io.rosterd.server.intake;

import java.security.PublicKey;
import java.util.Optional;

/**
 * Who may log in to the SFTP drop box. The answer is the district whose home the session is
 * confined to; an empty answer refuses the login (without saying why, to the client).
 */
public interface SftpAccounts {

  /** The district of the enabled account {@code username} if {@code password} is its password. */
  Optional<String> byPassword(String username, String password);

  /** The district of the enabled account {@code username} if it holds {@code key}. */
  Optional<String> byPublicKey(String username, PublicKey key);
}
