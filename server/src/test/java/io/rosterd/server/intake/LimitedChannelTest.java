package io.rosterd.server.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An upload's channel lets go of its file's name however the upload ends. */
final class LimitedChannelTest {
  @TempDir Path dir;

  @Test
  void aWriteCutByAnInterruptStillFreesTheNameWhenMinaClosesTheFile() throws Exception {
    LocalDropBox dropBox = new LocalDropBox(dir);
    HomeLimits limits = new HomeLimits(dropBox, 1 << 20, 1 << 24);
    HomeUsage usage = limits.usage("d");
    Path file = Files.createDirectories(dropBox.home("d")).resolve("users.csv");
    HomeUsage.Writer writer = usage.opened("users.csv", 0);
    LimitedChannel channel =
        new LimitedChannel(
            FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            file,
            1 << 20,
            usage,
            writer);

    Thread.currentThread().interrupt(); // as MINA stops a dropped session's SFTP thread
    assertThatThrownBy(() -> channel.write(ByteBuffer.wrap(new byte[] {'x'})))
        .isInstanceOf(ClosedByInterruptException.class);
    Thread.interrupted();
    // MINA's FileHandle.close goes through the accessor, which closes only an open channel
    new HomeRules(limits)
        .closeFile(null, null, file, "h", channel, Set.of(StandardOpenOption.WRITE));

    assertThat(channel.isOpen()).isFalse();
    usage.closed(usage.opened("users.csv", 0)); // free again: a new upload may start
  }
}
