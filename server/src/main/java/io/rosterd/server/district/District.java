package io.rosterd.server.district;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * A district: a school district (or charter network, county office, state agency) whose files
 * rosterd imports, with its technical contact and its settings.
 *
 * @param thresholdPercent with {@code thresholdMin}: a run that would remove or disable more than
 *     this share and at least that many records of a kind is held for approval
 * @param strict check its files as OneRoster 1.2 is written (for SIS vendors)
 * @param paused keep receiving files, but run nothing
 * @param runInterval how often its drop box is looked at; null for rosterd's interval
 */
public record District(
    String id,
    String name,
    String contactEmail,
    BigDecimal thresholdPercent,
    int thresholdMin,
    boolean strict,
    boolean paused,
    Duration runInterval,
    Instant createdAt,
    Instant updatedAt) {}
