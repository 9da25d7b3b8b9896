package io.rosterd.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.oneroster.UploadResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark at a smoke size: it runs end to end and measures a clean district. */
class ValidateBenchmarkSmokeTest {

  @Test
  void measuresAGeneratedDistrictThatValidatesClean(@TempDir Path dir) throws Exception {
    ValidateBenchmark.Result result = ValidateBenchmark.run(5_000, 1, dir);

    assertThat(result.lastResult().status()).isEqualTo(UploadResult.Status.OK);
    assertThat(result.lastResult().counts().errors()).isZero();
    assertThat(result.rows()).isGreaterThan(10_000);
    assertThat(result.bare().samples()).hasSize(1);
    assertThat(result.validate().median()).isPositive();
    assertThat(result.report()).contains("ratio validate/bare", "rows/s");
  }
}
