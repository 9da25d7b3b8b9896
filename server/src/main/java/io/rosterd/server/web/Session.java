package io.rosterd.server.web;

/** A signed-in browser: who it is, and the CSRF token its forms must carry. */
record Session(WebUser user, String csrf) {}
