package io.newsdesk.quotes;

import java.util.Locale;

/** Whether a description ("the secretary", "the official") fits a role the article gave someone. */
final class RoleNouns {

  private RoleNouns() {}

  static boolean compatible(String head, String role) {
    StringBuilder spelled = new StringBuilder();
    for (String word : role.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      spelled.append(NameWords.TITLE_ABBREVIATIONS.getOrDefault(word, word)).append(' ');
    }
    String r = spelled.toString();
    if (r.contains(head)) {
      return true;
    }
    if (head.equals("official")) {
      for (String official : NameWords.OFFICIAL_ROLES) {
        if (r.contains(official)) {
          return true;
        }
      }
    }
    return head.equals("congressman") && r.contains("representative");
  }
}
