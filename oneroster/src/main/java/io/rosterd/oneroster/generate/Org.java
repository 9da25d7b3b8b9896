package io.rosterd.oneroster.generate;

/**
 * One planned org. The plan is small (about seven orgs per 500 users), so it is held whole: users
 * and roles refer to it, and its {@link RowFate} tells which references must be reported.
 */
final class Org {

  static final int NO_GRADES = -1;

  final String sourcedId;
  final String name;
  final String type;
  final String identifier;
  final Org parent;

  /** The grade band of a school (see {@link Grades}); {@link #NO_GRADES} for other orgs. */
  final int gradeBand;

  boolean hasChildren;
  RowFate fate = RowFate.CLEAN;

  Org(String sourcedId, String name, String type, String identifier, Org parent, int gradeBand) {
    this.sourcedId = sourcedId;
    this.name = name;
    this.type = type;
    this.identifier = identifier;
    this.parent = parent;
    this.gradeBand = gradeBand;
    if (parent != null) {
      parent.hasChildren = true;
    }
  }

  /** A {@code local} group inside another {@code local} group: the deepest nesting allowed. */
  boolean nestedGroup() {
    return "local".equals(type) && parent != null && "local".equals(parent.type);
  }

  boolean clean() {
    return fate == RowFate.CLEAN;
  }
}
