package io.rosterd.server.cli;

/**
 * A command that cannot do what was asked — no such district, or it already exists — ends with
 * this: one line on stderr and its exit status, no stack trace.
 */
final class Refusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  Refusal(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  static Refusal noDistrict(String id) {
    return new Refusal(
        ExitCode.REFUSED,
        "no district '" + id + "'; 'rosterd district list' shows the districts there are");
  }

  int exitCode() {
    return exitCode;
  }
}
