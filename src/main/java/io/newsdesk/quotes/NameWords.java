package io.newsdesk.quotes;

import io.newsdesk.words.WordFile;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Small closed word lists that tell names, titles and roles apart in capitalised runs. The words
 * are data, kept in {@code quotes/name-words.txt}; this class only names the lists.
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

  /** Personal pronouns that refer back to a speaker. */
  static final Set<String> PRONOUNS = Set.of("he", "she");

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
          current.add(word);
        }
      }
    }
    lists.replaceAll((name, words) -> Set.copyOf(words));
    return lists;
  }
}
