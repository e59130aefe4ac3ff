package io.newsdesk.discord;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Autocomplete choices within Discord's limits: 25 choices, names and values of 1–100 chars. */
final class Suggestions {
  static final int LIMIT = 25;
  static final int LENGTH = 100;

  private Suggestions() {}

  static List<Command.Choice> of(List<String> texts) {
    Set<String> seen = new LinkedHashSet<>();
    for (String text : texts) {
      String value = shorten(text.strip().replaceAll("\\s+", " "));
      if (!value.isEmpty() && seen.size() < LIMIT) {
        seen.add(value);
      }
    }
    return seen.stream().map(v -> new Command.Choice(v, v)).toList();
  }

  /** Cut after a word with "…"; the value stays words of the quotation, enough to find it. */
  static String shorten(String text) {
    if (text.length() <= LENGTH) {
      return text;
    }
    int cut = text.lastIndexOf(' ', LENGTH - 2);
    return (cut > 0 ? text.substring(0, cut) : text.substring(0, LENGTH - 2)) + " …";
  }
}
