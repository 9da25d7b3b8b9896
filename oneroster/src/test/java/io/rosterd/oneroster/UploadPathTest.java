package io.rosterd.oneroster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An upload is a folder or a .zip; anything else is refused as unreadable, never a crash. */
final class UploadPathTest {

  @TempDir Path dir;

  @Test
  void aPathThatDoesNotExistIsUnreadable() {
    UploadResult result = UploadCheck.run(dir.resolve("nowhere"), ReadOptions.lenient());
    assertUnreadable(result);
  }

  @Test
  void aSingleCsvFileIsNotAnUpload() throws IOException {
    Path users = Files.writeString(dir.resolve("users.csv"), "sourcedId\nu1\n");
    UploadResult result = UploadCheck.run(users, ReadOptions.lenient());
    assertUnreadable(result);
    assertThat(result.issues().get(0).message()).contains("folder");
  }

  private static void assertUnreadable(UploadResult result) {
    assertThat(result.status()).isEqualTo(UploadResult.Status.REJECTED);
    assertThat(result.issues())
        .extracting(Issue::code)
        .containsExactly(IssueCode.UPLOAD_UNREADABLE);
    assertThat(result.issues().get(0).file()).isEmpty();
    assertThat(result.issues().get(0).line()).isZero();
  }
}
