package io.newsdesk.quotes;

import io.newsdesk.words.WordFile;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The lexicon of attribution: the open word classes (reporting verbs beyond the GenderGapTracker
 * list, roles and titles, nouns of speech, works, naming verbs, courtesy titles, subordinators,
 * photo-credit words, first names) are data in {@code quotes/name-words.txt} and {@code
 * quotes/first-names.txt}; this class only names the lists. Closed classes are in {@link
 * StructureWords}.
 */
final class NameWords {
  private static final Map<String, Set<String>> LISTS = load("/quotes/name-words.txt");

  /** Titles and role words that precede a name ("US Defense Secretary Pete Hegseth"). */
  static final Set<String> ROLE_WORDS = LISTS.get("ROLE_WORDS");

  /** Words that start a sentence but never a name. */
  static final Set<String> FUNCTION_WORDS = LISTS.get("FUNCTION_WORDS");

  /** A name containing one of these is an organisation or a place, not a person. */
  static final Set<String> NON_PERSON_WORDS = LISTS.get("NON_PERSON_WORDS");

  /** Heads of descriptions that can refer back to a named person ("the secretary said"). */
  static final Set<String> PERSON_NOUNS = LISTS.get("PERSON_NOUNS");

  /** Heads of named organisations that speak ("the Trump campaign said"). */
  static final Set<String> ORGANISATION_NOUNS = LISTS.get("ORGANISATION_NOUNS");

  /** Publications and agencies that speak as "the newspaper", "the commission". */
  static final Set<String> SPEAKING_BODIES = LISTS.get("SPEAKING_BODIES");

  /** Reporting verbs and participles frequent in news but missing from the lexicon. */
  static final Set<String> EXTRA_REPORTING_VERBS = LISTS.get("REPORTING_VERBS");

  /** Nouns for words someone said or wrote: "Trump’s call for “…”". */
  static final Set<String> SPEECH_NOUNS = LISTS.get("SPEECH_NOUNS");

  /** Relations that describe a person by whom they belong to ("his wife, Mary Doe"). */
  static final Set<String> RELATIONS = LISTS.get("RELATIONS");

  /** Whether a lowercase word names a kind of person: a role, a title or a relation. */
  static boolean isPersonNoun(String word) {
    return PERSON_NOUNS.contains(word) || ROLE_WORDS.contains(word) || RELATIONS.contains(word);
  }

  /** Abbreviations followed by a dot that do not end a sentence. */
  static final Set<String> ABBREVIATIONS = LISTS.get("ABBREVIATIONS");

  /** Time words between a subject and its verb: "Hegseth on Wednesday said". */
  static final Set<String> TIME_WORDS = LISTS.get("TIME_WORDS");

  /** Labels a page puts before a quote with a colon, naming nobody: "Quote: “…”". */
  static final Set<String> LABEL_WORDS = LISTS.get("LABEL_WORDS");

  /** Reporting verbs that come before their subject: "said Caddell: “…”". */
  static final Set<String> INVERTING_VERBS = LISTS.get("INVERTING_VERBS");

  /** Verbs that give something a name: "a plan dubbed “…”". */
  static final Set<String> NAMING_VERBS = LISTS.get("NAMING_VERBS");

  /** Nouns right before the title of a work: "the song “…”". */
  static final Set<String> WORKS = LISTS.get("WORKS");

  /** Words that open a qualifier after a person noun: "a source familiar with". */
  static final Set<String> QUALIFIERS = LISTS.get("QUALIFIERS");

  /** Finite verbs of a clause about a person, which a description would not have. */
  static final Set<String> FINITE_VERBS = LISTS.get("FINITE_VERBS");

  /** Verbs that report speech with a particle after them: "shot back". */
  static final Set<String> PHRASAL_VERBS = LISTS.get("PHRASAL_VERBS");

  /** Adverbs and auxiliaries between a subject and its verb: "Doe also said". */
  static final Set<String> ADVERBS = LISTS.get("ADVERBS");

  /** Nouns ending in "ly", which otherwise marks an adverb: "The rally denounced". */
  static final Set<String> LY_NOUNS = LISTS.get("LY_NOUNS");

  /** Roles an "official" can hold. */
  static final Set<String> OFFICIAL_ROLES = LISTS.get("OFFICIAL_ROLES");

  /** Words opening a subordinate clause: "When Clinton ended it, he …". */
  static final Set<String> SUBORDINATORS = LISTS.get("SUBORDINATORS");

  /** Subordinators only when they open a sentence: "Once he arrived, he …". */
  static final Set<String> SENTENCE_SUBORDINATORS = LISTS.get("SENTENCE_SUBORDINATORS");

  /** Courtesy titles, which are no role: "Mr. Smith". */
  static final Set<String> COURTESY_TITLES = LISTS.get("COURTESY_TITLES");

  /** Titles abbreviated before names, spelled out: "sen" → "senator". */
  static final Map<String, String> TITLE_ABBREVIATIONS = pairs(LISTS.get("TITLE_ABBREVIATIONS"));

  /** People in the plural who speak as a group: "officials said". */
  static final Set<String> PLURAL_PERSON_NOUNS = LISTS.get("PLURAL_PERSON_NOUNS");

  /** Capitalised adverbs that open a sentence and never a name: "Separately, …". */
  static final Set<String> OPENING_ADVERBS = LISTS.get("OPENING_ADVERBS");

  private static final Map<String, Set<String>> FIRST_NAMES = load("/quotes/first-names.txt");
  private static final Set<String> MALE_NAMES = section(FIRST_NAMES, "MALE");
  private static final Set<String> FEMALE_NAMES = section(FIRST_NAMES, "FEMALE");

  /**
   * Whether a person's full name cannot be what {@code pronoun} refers to: "she" and "Michael
   * Kimerer". Unknown first names agree with both pronouns.
   */
  static boolean disagrees(String pronoun, String fullName) {
    int space = fullName.indexOf(' ');
    if (space < 0) {
      return false;
    }
    String first = fullName.substring(0, space).toLowerCase(Locale.ROOT);
    return switch (pronoun.toLowerCase(Locale.ROOT)) {
      case "he" -> FEMALE_NAMES.contains(first);
      case "she" -> MALE_NAMES.contains(first);
      default -> false;
    };
  }

  /** Whether a full name opens with a common first name ("Maya van Rossum", "Gordon Brown"). */
  static boolean hasFirstName(String fullName) {
    int space = fullName.indexOf(' ');
    String first = (space < 0 ? fullName : fullName.substring(0, space)).toLowerCase(Locale.ROOT);
    return MALE_NAMES.contains(first) || FEMALE_NAMES.contains(first);
  }

  private NameWords() {}

  /** "sen:senator" entries as a map. */
  private static Map<String, String> pairs(Set<String> entries) {
    Map<String, String> map = new HashMap<>();
    for (String entry : entries) {
      int colon = entry.indexOf(':');
      map.put(entry.substring(0, colon), entry.substring(colon + 1));
    }
    return Map.copyOf(map);
  }

  private static Set<String> section(Map<String, Set<String>> lists, String name) {
    Set<String> words = lists.get(name);
    if (words == null) {
      throw new IllegalStateException("word list [" + name + "] is missing");
    }
    return words;
  }

  private static Map<String, Set<String>> load(String resource) {
    Map<String, Set<String>> lists = new HashMap<>();
    Set<String> current = null;
    for (String text : WordFile.lines(resource)) {
      if (text.startsWith("[") && text.endsWith("]")) {
        current = new HashSet<>();
        lists.put(text.substring(1, text.length() - 1), current);
      } else if (current != null) {
        for (String word : text.split("[\\s,]+")) {
          current.add(word.replace('_', ' ')); // "attorney_general": one entry of two words
        }
      }
    }
    lists.replaceAll((name, words) -> Set.copyOf(words));
    return lists;
  }
}
