package io.rosterd.server.testing;

import io.rosterd.server.cli.Main;
import io.rosterd.server.store.PostgresExtension;
import io.rosterd.server.store.SecondJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code rosterd serve} as a process of its own, on loopback and free ports, with a fast schedule;
 * its output goes to {@code <dir>/<name>.out} and {@code .out.err}.
 */
public final class ServeProcess {
  private static final Pattern READY = Pattern.compile("rosterd ready: SFTP on [^:]+:(\\d+)");

  private final Path dir;
  private final String name;
  private final Process process;

  private ServeProcess(Path dir, String name, Process process) {
    this.dir = dir;
    this.name = name;
    this.process = process;
  }

  /** Starts serve on {@code <dir>/data} and the extension's database, with {@code schedule}. */
  public static ServeProcess start(
      Path dir, String name, PostgresExtension postgres, String... schedule) throws Exception {
    List<String> args =
        new ArrayList<>(List.of("serve", "--data-dir", dir.resolve("data").toString()));
    args.addAll(List.of("--sftp-bind", "127.0.0.1", "--sftp-port", "0"));
    args.addAll(List.of("--http-bind", "127.0.0.1", "--http-port", "0"));
    args.addAll(List.of(schedule));
    args.addAll(postgres.cliOptions());
    Process process =
        SecondJvm.start(Main.class, dir.resolve(name + ".out"), args.toArray(String[]::new));
    return new ServeProcess(dir, name, process);
  }

  /** Waits for the ready line; returns the SFTP port it names. */
  public int awaitReady() throws Exception {
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline) && process.isAlive()) {
      Matcher ready = READY.matcher(Files.readString(dir.resolve(name + ".out")));
      if (ready.find()) {
        return Integer.parseInt(ready.group(1));
      }
      Thread.sleep(50);
    }
    throw new AssertionError(name + " did not get ready: " + errors());
  }

  public Process process() {
    return process;
  }

  public String errors() throws Exception {
    return Files.readString(dir.resolve(name + ".out.err"));
  }
}
