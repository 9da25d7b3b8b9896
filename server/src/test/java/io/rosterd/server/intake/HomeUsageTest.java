package io.rosterd.server.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer a file, and when a stalled SFTP upload gives way to a new one. */
final class HomeUsageTest {
  @TempDir Path dir;

  private final AtomicLong nanos = new AtomicLong();

  private HomeUsage usage() {
    return new HomeUsage(new LocalDropBox(dir), "d", 1 << 20, nanos::get);
  }

  private void pass(Duration time) {
    nanos.addAndGet(time.toNanos());
  }

  @Test
  void aStalledSftpUploadGivesWayToANewOneAndMayNotWriteAfterwards() {
    HomeUsage usage = usage();
    HomeUsage.Writer stalled = usage.opened("users.csv", 0, true);
    usage.grow(stalled, 100);
    pass(Duration.ofSeconds(20));
    assertThatThrownBy(() -> usage.opened("users.csv", 0, true))
        .isInstanceOf(UploadRefusedException.class)
        .hasMessageContaining("being uploaded by another connection");

    pass(Duration.ofSeconds(11)); // 31 s since its last write
    HomeUsage.Writer retry = usage.opened("users.csv", 0, true);

    assertThat(stalled.takenOver()).isTrue();
    assertThat(retry.takenOver()).isFalse();
    assertThat(usage.grow(stalled, 5000)).as("a late write of the stalled upload").isFalse();
    assertThatThrownBy(() -> usage.requireNotWriting("users.csv"))
        .isInstanceOf(UploadRefusedException.class);
    usage.closed(stalled); // the stalled client's late close changes nothing for the retry
    assertThatThrownBy(() -> usage.requireNotWriting("users.csv"))
        .isInstanceOf(UploadRefusedException.class);
    usage.closed(retry);
    usage.requireNotWriting("users.csv");
  }

  @Test
  void onlySftpTakesOverAStalledUploadAndARenameOntoItDoesToo() {
    HomeUsage usage = usage();
    HomeUsage.Writer stalled = usage.opened("roles.csv", 0, true);
    pass(Duration.ofSeconds(31));

    assertThatThrownBy(() -> usage.opened("roles.csv", 0))
        .as("an HTTPS upload")
        .isInstanceOf(UploadRefusedException.class);
    assertThat(stalled.takenOver()).isFalse();
    usage.requireNotWriting("roles.csv"); // an SFTP rename of roles.csv.filepart onto it

    assertThat(stalled.takenOver()).isTrue();
    usage.closed(usage.opened("roles.csv", 0));
  }

  @Test
  void anUploadThatKeepsWritingOrCameOverHttpsIsNeverTakenOver() {
    HomeUsage usage = usage();
    HomeUsage.Writer busy = usage.opened("users.csv", 0, true);
    HomeUsage.Writer https = usage.opened("orgs.csv", 0, false);
    for (int i = 1; i <= 4; i++) {
      pass(Duration.ofSeconds(20));
      usage.grow(busy, i * 100L);
    }
    pass(Duration.ofSeconds(20));

    assertThatThrownBy(() -> usage.opened("users.csv", 0, true))
        .isInstanceOf(UploadRefusedException.class);
    assertThatThrownBy(() -> usage.opened("orgs.csv", 0, true))
        .isInstanceOf(UploadRefusedException.class);
    assertThat(busy.takenOver()).isFalse();
    assertThat(https.takenOver()).isFalse();
  }
}
