package io.rosterd.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class in another JVM on the test classpath: a second rosterd process. */
public final class SecondJvm {

  private SecondJvm() {}

  public record Result(int exitCode, String out, String err) {}

  public static Process start(Class<?> main, Path output, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(output.toFile())
        .redirectError(output.resolveSibling(output.getFileName() + ".err").toFile())
        .start();
  }

  /** Runs {@code main} to its end (two minutes at most) and returns what it printed. */
  public static Result run(Class<?> main, Path scratch, String... args)
      throws IOException, InterruptedException {
    Path output = Files.createTempFile(scratch, "jvm", ".out");
    Process process = start(main, output, args);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("second JVM finished").isTrue();
    Path errors = output.resolveSibling(output.getFileName() + ".err");
    return new Result(process.exitValue(), Files.readString(output), Files.readString(errors));
  }
}
