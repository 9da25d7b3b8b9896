package io.rosterd.server.intake;

import java.time.Instant;

/**
 * A file a district finished uploading: closed after writing, or renamed to its final name.
 *
 * @param sha256 the content's SHA-256, lower-case hex
 * @param clientAddress the client's IP address
 * @param modified the file's last-modified time when it finished: a file whose time has moved on
 *     since is being written again
 */
public record Upload(
    String districtId,
    String name,
    long size,
    String sha256,
    String clientAddress,
    Instant completedAt,
    Instant modified) {}
