package io.rosterd.server.sync;

/** What a run needs to know of its district. */
public record DistrictSettings(String id, boolean strict, Thresholds thresholds) {}
