package io.rosterd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The overview's order: what support looks at first. */
final class OverviewTest {

  private static DistrictLine line(String id, Long days) {
    return new DistrictLine(id, id, "applied", 1L, null, null, null, 0, false, days);
  }

  @Test
  void mostDaysFirstPutsADistrictThatNeverSucceededAtTheTop() {
    List<DistrictLine> all = List.of(line("fresh", 0L), line("never", null), line("stale", 9L));

    Overview desc = Overview.of(all, null, null, "days", "desc");
    Overview asc = Overview.of(all, null, null, "days", "asc");

    assertThat(desc.lines())
        .extracting(DistrictLine::id)
        .containsExactly("never", "stale", "fresh");
    assertThat(asc.lines()).extracting(DistrictLine::id).containsExactly("fresh", "stale", "never");
  }
}
