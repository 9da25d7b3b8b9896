package io.rosterd.server.web;

/** A page's work, with the visit it answers. */
@FunctionalInterface
interface PageHandler {
  void handle(Visit visit) throws Exception;
}
