package io.rosterd.server.credentials;

import java.security.PublicKey;

/**
 * An accepted SSH public key.
 *
 * @param algorithm its OpenSSH type, e.g. {@code ssh-ed25519}
 * @param fingerprint {@code SHA256:} and the unpadded base64 digest, as {@code ssh-keygen -l}
 *     prints it
 * @param line the key as one OpenSSH line without comment: type and base64 data
 * @param comment what followed the key on its line (often user@host), or empty
 */
public record SshKey(
    String algorithm, String fingerprint, String line, String comment, PublicKey key) {}
