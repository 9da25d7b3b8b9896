package io.rosterd.server.schedule;

import io.rosterd.server.intake.Arrival;
import io.rosterd.server.intake.DropBox;
import io.rosterd.server.sync.SnapshotSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The finished files of a district's drop box, moved into a run's archive. */
final class DropBoxSnapshot implements SnapshotSource {
  private static final Logger LOG = LoggerFactory.getLogger(DropBoxSnapshot.class);

  private final DropBox dropBox;
  private final String district;
  private final List<Arrival> files;

  DropBoxSnapshot(DropBox dropBox, String district, List<Arrival> files) {
    this.dropBox = dropBox;
    this.district = district;
    this.files = files;
  }

  @Override
  public void moveInto(Path folder) {
    for (Arrival file : files) {
      if (!Files.exists(file.file())) { // the district deleted or renamed it meanwhile
        LOG.info("{} of district {} went before the run took it", file.name(), district);
        continue;
      }
      dropBox.archive(district, file.name(), folder);
    }
  }

  @Override
  public void putBack(Path folder) {
    putBack(dropBox, district, folder);
  }

  /** Returns every file of {@code folder} to the district's drop box, unless a newer one came. */
  static void putBack(DropBox dropBox, String district, Path folder) {
    try (Stream<Path> taken = Files.list(folder)) {
      for (Path file : taken.toList()) {
        if (!dropBox.putBack(district, file)) {
          LOG.warn(
              "{} of district {} was not put back: a newer upload of that name arrived; it stays"
                  + " in {}",
              file.getFileName(),
              district,
              folder);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not put back the files of " + folder, e);
    }
  }
}
