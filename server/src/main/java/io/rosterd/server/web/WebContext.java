package io.rosterd.server.web;

import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import io.rosterd.server.district.District;
import io.rosterd.server.district.DistrictStore;
import io.rosterd.server.intake.DropBox;
import io.rosterd.server.schedule.DistrictReports;
import io.rosterd.server.schedule.DistrictRunner;
import io.rosterd.server.schedule.RunObserver;
import io.rosterd.server.serve.ServeConfig;
import io.rosterd.server.serve.Service;
import io.rosterd.server.store.Database;
import io.rosterd.server.store.Jdbc;
import io.rosterd.server.sync.RunPipeline;
import io.rosterd.server.sync.Runs;
import java.time.Clock;

/** What the pages work with: the store, the drop box, the pipeline, and the district checks. */
final class WebContext {
  final Database database;
  final ServeConfig config;
  final DropBox dropBox;
  final Clock clock;
  final DistrictStore districts;
  final Runs runs;
  final RunPipeline pipeline;
  final DistrictRunner runner;
  final DistrictReports reports;
  final WebUserStore users;

  WebContext(
      Database database, ServeConfig config, DropBox dropBox, RunObserver observer, Clock clock) {
    this.database = database;
    this.config = config;
    this.dropBox = dropBox;
    this.clock = clock;
    this.districts = new DistrictStore(database.jdbc());
    this.runs = new Runs(database.dataSource());
    this.pipeline = new RunPipeline(database.dataSource(), config.dataDir());
    this.runner = Service.runner(database, config, dropBox, observer, clock);
    this.reports = new DistrictReports(dropBox, clock, config.schedule().reportsKept());
    this.users = new WebUserStore(database.jdbc());
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
