package io.rosterd.server.web;

import io.rosterd.server.credentials.SftpAccount;
import io.rosterd.server.district.District;
import io.rosterd.server.sync.RunRow;
import java.util.List;

/**
 * What the district page shows.
 *
 * @param notice a sentence after a change (settings saved, run started), or null
 * @param error why a change was refused, or null
 */
public record DistrictView(
    District district,
    String intervalMinutes,
    List<WebUser> contacts,
    SftpAccount sftp,
    String sftpHost,
    List<String> hostKeys,
    List<RunRow> runs,
    String notice,
    String error) {

  public String created() {
    return Times.text(district.createdAt());
  }

  public static String time(java.time.Instant time) {
    return Times.text(time);
  }
}
