package io.rosterd.server.web;

import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import io.rosterd.server.credentials.SftpAccountStore;
import io.rosterd.server.credentials.SftpEndpoint;
import io.rosterd.server.district.District;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.intake.DropBox;
import io.rosterd.server.intake.UploadReceiver;
import io.rosterd.server.onboarding.CredentialChanges;
import io.rosterd.server.onboarding.Onboarding;
import io.rosterd.server.serve.RunRequests;
import io.rosterd.server.serve.ServeConfig;
import io.rosterd.server.store.Database;
import io.rosterd.server.store.Jdbc;
import io.rosterd.server.sync.Runs;
import java.time.Clock;

/**
 * What the pages work with: the store, the drop box, the runs, the services shared with the API,
 * and the district checks.
 */
final class WebContext {
  final Database database;
  final ServeConfig config;
  final DropBox dropBox;
  final Clock clock;
  final DistrictStore districts;
  final Runs runs;
  final RunRequests requests;
  final WebUserStore users;
  final SftpAccountStore accounts;
  final UploadReceiver uploads;
  final Onboarding onboarding;
  final CredentialChanges credentials;
  final SftpEndpoint sftp;

  WebContext(
      Database database, ServeConfig config, DropBox dropBox, WebPages.Shared shared, Clock clock) {
    this.database = database;
    this.config = config;
    this.dropBox = dropBox;
    this.clock = clock;
    this.districts = new DistrictStore(database.jdbc());
    this.runs = new Runs(database.dataSource());
    this.requests = shared.runs();
    this.users = new WebUserStore(database.jdbc());
    this.accounts = new SftpAccountStore(database.jdbc());
    this.uploads = shared.uploads();
    this.onboarding = shared.onboarding();
    this.credentials = shared.credentials();
    this.sftp = shared.sftp();
  }

  Jdbc jdbc() {
    return database.jdbc();
  }

  /**
   * The district {@code id} if the visitor may see it. Another district's page is refused with 403
   * whether or not it exists, so a contact cannot learn which districts there are.
   */
  District district(Visit visit, String id) {
    if (!visit.user().mayReach(id)) {
      throw new ForbiddenResponse("Your account can only see district " + visit.user().district());
    }
    return districts.find(id).orElseThrow(() -> new NotFoundResponse("No district " + id + "."));
  }
}
