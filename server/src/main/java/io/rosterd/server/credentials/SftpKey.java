package io.rosterd.server.credentials;

import java.time.Instant;

/** An SSH public key an SFTP account may log in with, as stored. */
public record SftpKey(
    String fingerprint, String algorithm, String publicKey, String comment, Instant addedAt) {}
