package io.rosterd.server.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a real client program (OpenSSH, curl) and keeps its exit code and output. */
public final class Processes {

  public record Result(int exitCode, String output) {}

  private Processes() {}

  public static Result run(Path dir, Map<String, String> env, List<String> command) {
    Process process = start(dir, env, command);
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      String output = Files.readString(dir.resolve("process.log"), StandardCharsets.UTF_8);
      return new Result(process.exitValue(), output);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Process start(Path dir, Map<String, String> env, List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().putAll(env);
    builder.redirectErrorStream(true);
    builder.redirectOutput(dir.resolve("process.log").toFile());
    builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    try {
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not run " + command, e);
    }
  }
}
