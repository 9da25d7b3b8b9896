package io.rosterd.server.api;

import java.util.List;

/** The routes of one part of the API (districts, runs, onboarding, ...). */
@FunctionalInterface
public interface RouteGroup {
  List<ApiRoute> routes();
}
