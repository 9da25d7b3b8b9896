package io.rosterd.server.intake;

/** Where finished uploads are recorded (the {@code uploads} table, in production). */
@FunctionalInterface
public interface UploadLog {

  void record(Upload upload);
}
