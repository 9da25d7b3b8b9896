package io.rosterd.server.http;

import io.javalin.config.RoutesConfig;

/**
 * One group of routes, registered on the server before it starts (Javalin 7 takes every route up
 * front). Each feature adds its own small implementation, so what the server answers stays readable
 * in one list where the server is started.
 */
@FunctionalInterface
public interface Routes {

  void addTo(RoutesConfig routes);
}
