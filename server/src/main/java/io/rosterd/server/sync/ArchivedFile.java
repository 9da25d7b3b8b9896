package io.rosterd.server.sync;

/** A file taken into a run's archive, with its size and SHA-256 (hex). */
public record ArchivedFile(String name, long size, String sha256) {}
