package io.rosterd.server.api;

/** Who may call a route. */
public enum Access {
  /** Anyone, without a token (the access-request form, one-time links, templates). */
  PUBLIC,
  /** Support tokens only. */
  SUPPORT,
  /** Support tokens, and the token of the district the route is about (the handler checks). */
  DISTRICT
}
