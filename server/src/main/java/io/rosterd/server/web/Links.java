package io.rosterd.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Query-string values for links the pages make. */
final class Links {
  private Links() {}

  static String encode(String value) {
    return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
