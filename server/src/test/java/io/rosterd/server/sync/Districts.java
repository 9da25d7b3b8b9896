package io.rosterd.server.sync;

import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.store.Jdbc;

/** Creates districts for pipeline tests and gives their run settings. */
final class Districts {
  private Districts() {}

  static DistrictSettings create(Jdbc jdbc, String id) {
    new DistrictStore(jdbc).create(id, "District " + id, "it@" + id + ".example.org");
    return new DistrictSettings(id, false, Thresholds.DEFAULT);
  }
}
