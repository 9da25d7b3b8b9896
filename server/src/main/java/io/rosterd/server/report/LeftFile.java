package io.rosterd.server.report;

/** A file of the drop box a run did not take, and why. */
public record LeftFile(String name, String reason) {}
