package io.rosterd.oneroster.generate;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Small built-in name lists, so a generated district needs no external data. No value contains a
 * comma, a quote or an apostrophe: rows never need CSV quoting and stay one line each.
 */
final class Names {

  static final String[] GIVEN = {
    "Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "Mateo", "Isabella", "Lucas",
    "Mia", "Levi", "Amelia", "Ezra", "Harper", "Asher", "Evelyn", "James", "Luna", "Leo",
    "Camila", "Aiden", "Sofia", "Kai", "Aaliyah", "Jayden", "Zoe", "Diego", "Nora", "Omar",
    "Priya", "Wei", "Fatima", "Hiro", "Ximena", "Tariq", "Mei", "Santiago", "Grace", "Malik",
    "Chloe", "Andre", "Layla", "Ravi", "Hannah", "Jamal", "Aria", "Daniel", "Yuna", "Samuel"
  };

  static final String[] FAMILY = {
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Gonzalez",
    "Wilson",
    "Anderson",
    "Thomas",
    "Taylor",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Perez",
    "Thompson",
    "White",
    "Harris",
    "Sanchez",
    "Clark",
    "Ramirez",
    "Lewis",
    "Robinson",
    "Walker",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Torres",
    "Nguyen",
    "Hill",
    "Flores",
    "Green",
    "Adams",
    "Nelson",
    "Baker",
    "Hall",
    "Rivera",
    "Campbell",
    "Mitchell",
    "Carter",
    "Roberts",
    "Kim",
    "Patel",
    "Chen",
    "Okafor"
  };

  static final String[] GIVEN_LOWER = lower(GIVEN);
  static final String[] FAMILY_LOWER = lower(FAMILY);

  static final String[] PLACES = {
    "Lincoln", "Washington", "Jefferson", "Roosevelt", "Oak Grove", "Riverside", "Hillcrest",
    "Maple", "Cedar Ridge", "Lakeview", "Sunset", "Pine Valley", "Eastside", "Westwood",
    "Franklin", "Madison", "Kennedy", "Highland", "Meadowbrook", "Willow Creek"
  };

  static final String[] LEVELS = {"Elementary School", "Middle School", "High School", "Academy"};

  static final String[] DEPARTMENTS = {
    "Mathematics",
    "Science",
    "English Language Arts",
    "Social Studies",
    "World Languages",
    "Fine Arts",
    "Physical Education",
    "Special Education"
  };

  static final String[] GROUPS = {
    "Robotics Club", "Student Council", "Debate Team", "Chess Club", "Drama Club",
    "Environmental Club", "Math Olympiad", "Yearbook", "Jazz Band", "Coding Club"
  };

  private Names() {}

  static String pick(String[] names, SplittableRandom random) {
    return names[random.nextInt(names.length)];
  }

  /** A district name and its email domain, e.g. {@code Lakeview Unified School District}. */
  static String district(long seed) {
    return PLACES[(int) Math.floorMod(seed, (long) PLACES.length)] + " Unified School District";
  }

  /** {@code lakeview-usd.example.org}: a reserved domain, so no real mailbox is ever named. */
  static String domain(long seed) {
    String place = PLACES[(int) Math.floorMod(seed, (long) PLACES.length)];
    return place.toLowerCase(Locale.ROOT).replace(' ', '-') + "-usd.example.org";
  }

  private static String[] lower(String[] names) {
    String[] lower = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      lower[i] = names[i].toLowerCase(Locale.ROOT);
    }
    return lower;
  }
}
