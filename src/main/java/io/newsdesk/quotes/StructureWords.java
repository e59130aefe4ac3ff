package io.newsdesk.quotes;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The closed classes of English that attribution reads (articles, pronouns, prepositions,
 * conjunctions, auxiliaries), kept in code in this one class, and single-token tests built on them.
 * Open classes (reporting verbs, roles, nouns of speech, titles of works …) are data in {@code
 * quotes/name-words.txt}, named by {@link NameWords}.
 */
final class StructureWords {

  private static final Pattern PARTY_TAG = Pattern.compile("[RDI]-[A-Z][A-Za-z.]*");

  private StructureWords() {}

  /** Closed words: noun markers. */
  static final Set<String> NOUN_MARKERS =
      Set.of(
          "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those",
          "such", "no", "any", "of");

  /** Closed words: indefinite articles. */
  static final Set<String> INDEFINITE_ARTICLES = Set.of("a", "an");

  /**
   * Words after "N.Y." that open a new sentence rather than go on with a name; not "A" or "I",
   * which are as often initials ("H. A. Hellyer").
   */
  static final Set<String> SENTENCE_OPENERS =
      Set.of(
          "the", "an", "he", "she", "they", "it", "we", "but", "and", "this", "that", "there",
          "his", "her", "their", "its", "our", "in", "on", "at", "after", "when");

  /** Closed words: phrasal particles. */
  static final Set<String> PHRASAL_PARTICLES = Set.of("on", "back");

  /** Closed words: relatives. */
  static final Set<String> RELATIVES = Set.of("who", "whose", "whom");

  /** Closed words: passive markers. */
  static final Set<String> PASSIVE_MARKERS =
      Set.of("was", "were", "is", "are", "be", "been", "being", "formerly", "commonly", "aptly");

  /** What may stand before a reporting participle whose subject is the clause's subject. */
  static final Set<String> PARTICIPLE_OPENERS =
      Set.of(",", "upon", "while", "after", "before", "when", "by", "in");

  /** Closed words: coordinators. */
  static final Set<String> COORDINATORS = Set.of("and", "but", "then");

  /** Words a title leaves in lower case: "The Power of the Dog". */
  static final Set<String> TITLE_SMALL_WORDS =
      Set.of("of", "the", "a", "an", "and", "in", "to", "for", "on", "at", "by", "with", "or");

  /** Function words a description may hold: "a retired teacher from Mesa", "mother of three". */
  static final Set<String> DESCRIPTION_LINKS = Set.of("a", "an", "of", "from", "in", "and");

  /** Capitalised words that start a phrase and never continue a name: "Zac Anderson The Trump". */
  static final Set<String> PHRASE_OPENERS =
      Set.of(
          "The",
          "After",
          "Before",
          "But",
          "When",
          "While",
          "This",
          "That",
          "These",
          "Those",
          "Meanwhile",
          "However",
          "Also",
          "Then");

  /** Prepositions that may follow the speaker closing a sentence: "…, said Jane Doe on ESPN." */
  static final Set<String> CLOSING_PREPOSITIONS =
      Set.of("on", "in", "at", "to", "from", "during", "after", "before", "with", "of", "for");

  /** Closed words: speech links. */
  static final Set<String> SPEECH_LINKS = Set.of("for", "that", "of", "to", "about", "was", "is");

  /** Words that open or join clauses, never part of a role before a name. */
  static final Set<String> CLAUSE_WORDS =
      Set.of(
          "but",
          "what",
          "that",
          "which",
          "when",
          "if",
          "because",
          "so",
          "then",
          "yet",
          "while",
          "although",
          "though",
          "as",
          "than",
          "where",
          "how",
          "why",
          "to",
          "in",
          "on",
          "at",
          "with",
          "from",
          "by",
          "about",
          "also",
          "even",
          "not");

  /** Prepositions joining a role to what it is a role of: "the mayor of Alpha". */
  static final Set<String> ROLE_COMPLEMENTS = Set.of("of", "for", "at", "in");

  /** Words inside the name of an organisation: "the Ministry of Defence". */
  static final Set<String> ORGANISATION_JOINERS = Set.of("of", "on", "for");

  /** Words that join the parts of a title: "Medal of Honor", "Economic and Fiscal Policy". */
  static final Set<String> NAME_JOINERS = Set.of("of", "and", "for");

  /** Personal pronouns that refer back to a speaker. */
  static final Set<String> PRONOUNS = Set.of("he", "she");

  /**
   * Words that stand for an unnamed person on their own in a round-up of reactions: "One wrote",
   * "another added", "a third said", "Others wrote".
   */
  static final Set<String> STANDALONE =
      Set.of("one", "another", "others", "some", "second", "third", "fourth", "fifth", "sixth");

  static final Set<String> INDEFINITE =
      Set.of("a", "an", "another", "one", "some", "other", "several", "many", "two", "three");
  static final Set<String> PREPOSITIONS =
      Set.of("of", "on", "in", "at", "with", "from", "to", "for", "by", "about", "against", "via");
  static final Set<String> CONJUNCTIONS = Set.of("but", "and", "yet", "so");
  static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "their");
  private static final Set<String> PARTICLES =
      Set.of("de", "van", "von", "bin", "al", "del", "da", "di", "la", "le", "der");

  /** "also", "reportedly": an adverb between a subject and its verb. */
  static boolean isAdverb(Token t) {
    String w = t.lower();
    return NameWords.ADVERBS.contains(w) || w.endsWith("ly") && !NameWords.LY_NOUNS.contains(w);
  }

  static boolean plural(Token t) {
    return NameWords.PLURAL_PERSON_NOUNS.contains(t.lower());
  }

  /** "In", "After", "Still": a word opening an introductory phrase, not a title like "Rep.". */
  static boolean isIntroWord(Token t) {
    String w = t.lower();
    if (NameWords.OPENING_ADVERBS.contains(w)) {
      return true; // "Early in his campaign, …", "Separately, …": never the start of a name
    }
    return NameWords.FUNCTION_WORDS.contains(w)
        && !StructureWords.PRONOUNS.contains(w)
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
