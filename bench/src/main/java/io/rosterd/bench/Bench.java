package io.rosterd.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a helper program of a benchmark to its end, failing loudly if it fails. */
final class Bench {
  private Bench() {}

  static void run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + output);
    }
  }
}
