package io.rosterd.server.web;

/** Who may open a page. */
enum Who {
  /** Anyone: the sign-in page, the file guide. */
  ANYONE,
  /** Anyone signed in; the page itself checks the district it is about. */
  SIGNED_IN,
  /** Support staff only. */
  SUPPORT
}
