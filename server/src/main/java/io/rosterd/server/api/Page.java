package io.rosterd.server.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a list: {@code page} counts from 1. Answers carry the total, so a client knows how
 * many pages there are without asking past the end.
 */
record Page(int page, int size) {
  static final int DEFAULT_SIZE = 50;
  static final int MAX_SIZE = 500;

  long offset() {
    return (page - 1L) * size; // a long: page 2147483647 of 500 is past an int
  }

  /** {"page", "pageSize", "total", name: items}. */
  Map<String, Object> answer(long total, String name, List<?> items) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("page", page);
    body.put("pageSize", size);
    body.put("total", total);
    body.put(name, items);
    return body;
  }
}
