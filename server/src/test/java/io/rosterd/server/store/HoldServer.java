package io.rosterd.server.store;

import java.nio.file.Path;

/** A second process that opens the bundled database on a data dir and holds it until killed. */
public final class HoldServer {

  private HoldServer() {}

  public static void main(String[] args) throws InterruptedException {
    Database database = Database.embedded(Path.of(args[0]));
    System.out.println("ready, started: " + database.startedServer());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
