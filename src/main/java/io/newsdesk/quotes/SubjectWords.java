package io.newsdesk.quotes;

import java.util.Set;
import java.util.regex.Pattern;

/** Word lists and single-token tests that tell where a subject phrase starts and ends. */
final class SubjectWords {

  private static final Pattern PARTY_TAG = Pattern.compile("[RDI]-[A-Z][A-Za-z.]*");

  private SubjectWords() {}

  /**
   * Words that stand for an unnamed person on their own in a round-up of reactions: "One wrote",
   * "another added", "a third said", "Others wrote".
   */
  static final Set<String> STANDALONE =
      Set.of("one", "another", "others", "some", "second", "third", "fourth", "fifth", "sixth");

  static final Set<String> INDEFINITE =
      Set.of("a", "an", "another", "one", "some", "other", "several", "many", "two", "three");
  static final Set<String> ADVERBS =
      Set.of(
          "also",
          "later",
          "then",
          "again",
          "once",
          "has",
          "had",
          "have",
          "previously",
          "recently",
          "further",
          "repeatedly",
          "reportedly",
          "simply",
          "flatly",
          "first",
          "quickly",
          "often",
          "never",
          "would",
          "will",
          "earlier",
          "even",
          "publicly",
          "privately");
  static final Set<String> PREPOSITIONS =
      Set.of("of", "on", "in", "at", "with", "from", "to", "for", "by", "about", "against", "via");
  static final Set<String> CONJUNCTIONS = Set.of("but", "and", "yet", "so");
  static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "their");
  private static final Set<String> PARTICLES =
      Set.of("de", "van", "von", "bin", "al", "del", "da", "di", "la", "le", "der");

  /** Nouns ending in "ly", which is otherwise the mark of an adverb ("The rally denounced"). */
  private static final Set<String> LY_NOUNS =
      Set.of(
          "rally", "ally", "family", "assembly", "supply", "monopoly", "anomaly", "bully", "tally");

  /** "also", "reportedly": an adverb between a subject and its verb. */
  static boolean isAdverb(Token t) {
    String w = t.lower();
    return ADVERBS.contains(w) || w.endsWith("ly") && !LY_NOUNS.contains(w);
  }

  static boolean plural(Token t) {
    return switch (t.lower()) {
      case "officials", "aides", "sources", "advisers", "spokesmen", "experts", "critics" -> true;
      default -> false;
    };
  }

  /** "In", "After", "Still": a word opening an introductory phrase, not a title like "Rep.". */
  static boolean isIntroWord(Token t) {
    String w = t.lower();
    if (w.equals("early") || w.equals("separately") || w.equals("surely")) {
      return true; // "Early in his campaign, …", "Separately, …": never the start of a name
    }
    return NameWords.FUNCTION_WORDS.contains(w)
        && !NameWords.PRONOUNS.contains(w)
        && !NameWords.ROLE_WORDS.contains(w);
  }

  /** Whether tokens {@code [from, to)} are a party tag such as "R-Wis." or "D-N.Y.". */
  static boolean isPartyTag(ArticleTokens tokens, int from, int to) {
    if (from >= to || !PARTY_TAG.matcher(tokens.get(from).text()).matches()) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      if (!tokens.get(k).is(".")) {
        return false;
      }
    }
    return true;
  }

  static boolean isDeterminer(Token t) {
    return t.lower().equals("the") || INDEFINITE.contains(t.lower());
  }

  /** A capitalised word of a name, not a sentence-opening "The". */
  static boolean isNameWord(Token t) {
    return t.isWord() && t.isCapitalized() && !isDeterminer(t);
  }

  static boolean isParticle(Token t) {
    return t.isLowerCaseWord() && PARTICLES.contains(t.text());
  }
}
