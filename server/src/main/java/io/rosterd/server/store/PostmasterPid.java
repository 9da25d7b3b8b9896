package io.rosterd.server.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@code postmaster.pid} PostgreSQL keeps in its data directory while it runs: the server's
 * process id on line 1, its port on line 4, and its shared memory segment on line 7. It tells a
 * second rosterd process whether a server already runs on the data, and where to connect.
 */
record PostmasterPid(Path file, long pid, int port, long sharedMemoryId) {

  static final String NAME = "postmaster.pid";
  private static final Path SYSV_SHARED_MEMORY = Path.of("/proc/sysvipc/shm");

  /** The file in {@code dataDirectory}, or empty when no server has it (or it is half written). */
  static Optional<PostmasterPid> read(Path dataDirectory) throws IOException {
    Path file = dataDirectory.resolve(NAME);
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    long pid = lines.isEmpty() ? -1 : number(lines.get(0));
    int port = lines.size() < 4 ? -1 : (int) number(lines.get(3));
    long shmid = lines.size() < 7 ? -1 : lastNumber(lines.get(6));
    return Optional.of(new PostmasterPid(file, pid, port, shmid));
  }

  /**
   * True unless the process that wrote the file is gone, or is now another program (process ids are
   * reused) or a PostgreSQL serving other data. When the process cannot be inspected, it may be the
   * server: true.
   */
  boolean mayBeServing(Path dataDirectory) {
    Optional<ProcessHandle> process = pid > 0 ? ProcessHandle.of(pid) : Optional.empty();
    if (process.isEmpty() || !process.get().isAlive() || zombie(pid)) {
      return false;
    }
    ProcessHandle.Info info = process.get().info();
    boolean postgres = info.command().map(c -> c.endsWith("postgres")).orElse(true);
    boolean ours =
        info.arguments().map(a -> Arrays.asList(a).contains(dataDirectory.toString())).orElse(true);
    return postgres && ours;
  }

  /**
   * True while processes are still attached to the server's shared memory: backends of a killed
   * server that have not exited yet. Starting a new server then would corrupt the data (PostgreSQL
   * itself checks this through the file we would delete). Only Linux shows it; elsewhere false.
   */
  boolean sharedMemoryInUse() throws IOException {
    if (sharedMemoryId < 0 || !Files.isReadable(SYSV_SHARED_MEMORY)) {
      return false;
    }
    for (String line : Files.readAllLines(SYSV_SHARED_MEMORY)) {
      String[] fields = line.trim().split("\\s+");
      if (fields.length > 6 && fields[1].equals(Long.toString(sharedMemoryId))) {
        return !fields[6].equals("0");
      }
    }
    return false;
  }

  /**
   * A killed server whose parent never reaped it (no init in a container) stays a zombie, which
   * counts as alive; Linux's /proc shows it as state Z. Elsewhere: false.
   */
  private static boolean zombie(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String afterName = stat.substring(stat.lastIndexOf(')') + 1).trim();
      return afterName.startsWith("Z") || afterName.startsWith("X");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static long number(String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static long lastNumber(String text) {
    String[] fields = text.trim().split("\\s+");
    return number(fields[fields.length - 1]);
  }
}
