package io.rosterd.server.web;

import io.rosterd.server.credentials.SftpAccount;
import io.rosterd.server.credentials.SftpEndpoint;
import io.rosterd.server.district.District;
import io.rosterd.server.onboarding.CredentialChanges;
import io.rosterd.server.sync.RunRow;
import java.util.List;

/**
 * What the district page shows.
 *
 * @param sftp the account, or null when the district has none
 * @param endpoint where the district connects: host, port, the server's host keys
 * @param notice a sentence after a change (settings saved, run started), or null
 * @param error why a change was refused, or null
 * @param link the credential link a rotation just sent, or null
 */
public record DistrictView(
    District district,
    String intervalMinutes,
    List<WebUser> contacts,
    SftpAccount sftp,
    SftpEndpoint endpoint,
    List<RunRow> runs,
    String notice,
    String error,
    CredentialChanges.LinkSent link) {

  public String created() {
    return Times.text(district.createdAt());
  }

  public static String time(java.time.Instant time) {
    return Times.text(time);
  }
}
