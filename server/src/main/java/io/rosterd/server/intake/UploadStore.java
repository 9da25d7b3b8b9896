package io.rosterd.server.intake;

import io.rosterd.server.store.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The {@code uploads} table: every finished upload, newest last. */
public final class UploadStore implements UploadLog {

  private final Jdbc jdbc;

  public UploadStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void record(Upload upload) {
    jdbc.update(
        "insert into uploads (district_id, name, size, sha256, client_address, completed_at,"
            + " modified_micros) values (?, ?, ?, ?, ?, ?, ?)",
        upload.districtId(),
        upload.name(),
        upload.size(),
        upload.sha256(),
        upload.clientAddress(),
        upload.completedAt(),
        Micros.of(upload.modified()));
  }

  /** The district's uploads in the order they finished. */
  public List<Upload> of(String districtId) {
    return jdbc.query(
        "select district_id, name, size, sha256, client_address, completed_at,"
            + " modified_micros from uploads"
            + " where district_id = ? order by id",
        UploadStore::upload,
        districtId);
  }

  /**
   * The newest upload of each name of the district, by name: what the quiet period is measured from
   * (an overwrite restarts it). A name may since have been deleted or renamed away; the drop box's
   * files say what is there now.
   */
  public List<Upload> latest(String districtId) {
    return jdbc.query(
        "select distinct on (name) district_id, name, size, sha256, client_address, completed_at,"
            + " modified_micros from uploads where district_id = ? order by name, id desc",
        UploadStore::upload,
        districtId);
  }

  private static Upload upload(ResultSet row) throws SQLException {
    return new Upload(
        row.getString("district_id"),
        row.getString("name"),
        row.getLong("size"),
        row.getString("sha256"),
        row.getString("client_address"),
        row.getTimestamp("completed_at").toInstant(),
        Micros.toInstant(row.getObject("modified_micros", Long.class)));
  }
}
