package io.newsdesk.quotes;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Whether a description ("the secretary", "the official") fits a role the article gave someone. */
final class RoleNouns {

  /** Titles abbreviated before names, spelled out as descriptions use them. */
  private static final Map<String, String> ABBREVIATED =
      Map.of(
          "gov",
          "governor",
          "sen",
          "senator",
          "rep",
          "representative",
          "gen",
          "general",
          "sec",
          "secretary");

  /** Roles an "official" can hold: members of a government or an administration. */
  private static final Set<String> OFFICIAL_ROLES =
      Set.of(
          "secretary",
          "minister",
          "director",
          "official",
          "spokesperson",
          "spokesman",
          "spokeswoman",
          "ambassador",
          "administrator",
          "commissioner",
          "chief",
          "adviser",
          "advisor",
          "envoy",
          "attorney general");

  private RoleNouns() {}

  static boolean compatible(String head, String role) {
    StringBuilder spelled = new StringBuilder();
    for (String word : role.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      spelled.append(ABBREVIATED.getOrDefault(word, word)).append(' ');
    }
    String r = spelled.toString();
    if (r.contains(head)) {
      return true;
    }
    if (head.equals("official")) {
      for (String official : OFFICIAL_ROLES) {
        if (r.contains(official)) {
          return true;
        }
      }
    }
    return head.equals("congressman") && r.contains("representative");
  }
}
