package io.rosterd.server.schedule;

import io.rosterd.server.report.LeftFile;
import io.rosterd.server.store.Jdbc;
import java.util.List;

/** The {@code run_left_files} table: what a run left in the drop box, and why. */
public final class LeftFiles {
  private final Jdbc jdbc;

  public LeftFiles(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  void save(long run, List<LeftFile> left) {
    for (LeftFile file : left) {
      jdbc.update(
          "insert into run_left_files (run_id, name, reason) values (?, ?, ?)"
              + " on conflict do nothing",
          run,
          file.name(),
          file.reason());
    }
  }

  public List<LeftFile> of(long run) {
    return jdbc.query(
        "select name, reason from run_left_files where run_id = ? order by name",
        r -> new LeftFile(r.getString(1), r.getString(2)),
        run);
  }
}
