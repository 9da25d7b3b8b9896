package io.rosterd.oneroster;

/**
 * How strictly files are read. {@code LENIENT} is what rosterd imports with: forgiving where a fix
 * is obvious, with a warning. {@code STRICT} is OneRoster 1.2 conformance as written, for SIS
 * vendors checking their export.
 */
public enum Profile {
  LENIENT,
  STRICT
}
