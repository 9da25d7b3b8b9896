package io.rosterd.oneroster;

/** How many issues of each severity an upload had, including any not listed one by one. */
public record IssueCounts(long errors, long warnings, long infos) {}
