package io.rosterd.server.credentials;

import java.util.List;

/**
 * Where districts connect with SFTP, as a credential link shows it.
 *
 * @param hostKeys one line per host key: type and SHA256 fingerprint, as OpenSSH prints them
 */
public record SftpEndpoint(String host, int port, List<String> hostKeys) {
  public SftpEndpoint {
    hostKeys = List.copyOf(hostKeys);
  }
}
