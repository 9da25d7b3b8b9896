package io.rosterd.server.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is in a district's drop box now, file by file, judged against the uploads table. A file is
 * finished only when its newest upload row has its current size and last-modified time: a client
 * that opens it again for writing changes its time, so a half-written file is never taken, and this
 * holds across processes (the upload rows are in PostgreSQL, the times on the disk).
 */
public final class Arrivals {
  private final DropBox dropBox;
  private final UploadStore uploads;

  public Arrivals(DropBox dropBox, UploadStore uploads) {
    this.dropBox = dropBox;
    this.uploads = uploads;
  }

  public List<Arrival> of(String districtId) {
    Map<String, Upload> latest = new HashMap<>();
    for (Upload upload : uploads.latest(districtId)) {
      latest.put(upload.name(), upload);
    }
    List<Arrival> arrivals = new ArrayList<>();
    for (Path file : dropBox.files(districtId)) {
      judge(file, latest.get(file.getFileName().toString())).ifPresent(arrivals::add);
    }
    return arrivals;
  }

  private static Optional<Arrival> judge(Path file, Upload upload) {
    try {
      long size = Files.size(file);
      Instant modified = Micros.truncated(Files.getLastModifiedTime(file).toInstant());
      if (!UploadNames.finished(file.getFileName().toString())) {
        return Optional.of(new Arrival(file, Arrival.State.TEMPORARY, null, modified));
      }
      boolean finished =
          upload != null && upload.size() == size && modified.equals(upload.modified());
      return Optional.of(
          finished
              ? new Arrival(file, Arrival.State.FINISHED, upload.completedAt(), modified)
              : new Arrival(file, Arrival.State.NOT_FINISHED, null, modified));
    } catch (NoSuchFileException gone) { // deleted or renamed by the district meanwhile
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }
}
