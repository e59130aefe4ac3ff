package io.newsdesk.whosaid;

import java.util.Locale;

/** Comparing speaker names across articles: "Hegseth" and "Pete Hegseth" are one person. */
final class Speakers {
  private Speakers() {}

  static boolean samePerson(String a, String b) {
    String x = a.strip().toLowerCase(Locale.ROOT);
    String y = b.strip().toLowerCase(Locale.ROOT);
    return x.equals(y) || lastWord(x).equals(lastWord(y)) && (x.endsWith(y) || y.endsWith(x));
  }

  private static String lastWord(String name) {
    int space = name.lastIndexOf(' ');
    return space < 0 ? name : name.substring(space + 1);
  }
}
