package io.rosterd.server.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rosterd.server.store.Jdbc;
import io.rosterd.server.store.PostgresExtension;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Districts in a real PostgreSQL. Each test uses its own ids: the class shares one database. */
final class DistrictStoreTest {

  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();

  private final DistrictStore districts;

  DistrictStoreTest(Jdbc jdbc) {
    this.districts = new DistrictStore(jdbc);
  }

  @Test
  void createsADistrictWithTheDefaultSettings() {
    District created = districts.create("springfield", "Springfield USD", "it@springfield.org");

    assertThat(created.id()).isEqualTo("springfield");
    assertThat(created.name()).isEqualTo("Springfield USD");
    assertThat(created.contactEmail()).isEqualTo("it@springfield.org");
    assertThat(created.thresholdPercent()).isEqualTo(new BigDecimal("10"));
    assertThat(created.thresholdMin()).isEqualTo(20);
    assertThat(created.strict()).isFalse();
    assertThat(created.paused()).isFalse();
    assertThat(created.updatedAt()).isEqualTo(created.createdAt());
    assertThat(districts.find("springfield")).contains(created);
  }

  @Test
  void refusesASecondDistrictWithTheSameId() {
    districts.create("twice", "First", "a@twice.org");

    assertThatThrownBy(() -> districts.create("twice", "Second", "b@twice.org"))
        .isInstanceOf(DistrictExistsException.class)
        .hasMessage("a district with id 'twice' already exists");
    assertThat(districts.find("twice").orElseThrow().name()).isEqualTo("First");
  }

  @Test
  void refusesBadValuesBeforeTheDatabaseDoes() {
    assertThatThrownBy(() -> districts.create("Bad Id", "Name", "a@b.org"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(DistrictRules.ID_PATTERN);
    assertThatThrownBy(() -> districts.create("ok-id", " ", "a@b.org"))
        .hasMessage("district name must not be blank");
    assertThatThrownBy(() -> districts.create("ok-id", "Name", "not-an-email"))
        .hasMessageContaining("'not-an-email' is not a valid address");
    assertThat(districts.find("ok-id")).isEmpty();
  }

  @Test
  void listsEveryDistrictById() {
    districts.create("list-b", "B", "b@list.org");
    districts.create("list-a", "A", "a@list.org");

    assertThat(districts.list())
        .extracting(District::id)
        .containsSubsequence("list-a", "list-b")
        .isSortedAccordingTo(String::compareTo);
  }

  @Test
  void changesOnlyTheSettingsGiven() {
    District before = districts.create("settings", "Settings", "it@settings.org");

    District after =
        districts
            .update("settings", new SettingsChange(new BigDecimal("12.5"), null, true, null))
            .orElseThrow();

    assertThat(after.thresholdPercent()).isEqualTo(new BigDecimal("12.5"));
    assertThat(after.thresholdMin()).isEqualTo(20);
    assertThat(after.strict()).isTrue();
    assertThat(after.paused()).isFalse();
    assertThat(after.createdAt()).isEqualTo(before.createdAt());
    assertThat(after.updatedAt()).isAfter(before.updatedAt());
    assertThat(districts.find("settings")).contains(after);
  }

  @Test
  void pausesAndSetsTheMinimum() {
    districts.create("pause", "Pause", "it@pause.org");

    District after =
        districts.update("pause", new SettingsChange(null, 0, null, true)).orElseThrow();

    assertThat(after.thresholdMin()).isZero();
    assertThat(after.paused()).isTrue();
    assertThat(after.thresholdPercent()).isEqualTo(new BigDecimal("10"));
  }

  @Test
  void updatingAnUnknownDistrictFindsNothing() {
    assertThat(districts.update("nobody", new SettingsChange(null, null, true, null))).isEmpty();
    assertThat(districts.find("nobody")).isEmpty();
  }

  @Test
  void refusesSettingsOutOfRange() {
    districts.create("range", "Range", "it@range.org");

    assertThatThrownBy(
            () ->
                districts.update(
                    "range", new SettingsChange(new BigDecimal("100.5"), null, null, null)))
        .hasMessage("threshold percent must be between 0 and 100; found 100.5");
    assertThatThrownBy(
            () ->
                districts.update(
                    "range", new SettingsChange(new BigDecimal("1.234"), null, null, null)))
        .hasMessageContaining("at most two decimals");
    assertThatThrownBy(() -> districts.update("range", new SettingsChange(null, -1, null, null)))
        .hasMessage("threshold min must be 0 or more; found -1");
  }
}
