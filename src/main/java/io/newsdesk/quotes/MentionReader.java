package io.newsdesk.quotes;

import io.newsdesk.quotes.NameMentions.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads one run of capitalised words as a person mention: splits off a title or role written before
 * the name ("NATO Secretary General" | "Mark Rutte"), writes the name as the article does ("Harry
 * M. Reid"), attaches a role written after it ("Matthew Miller, a former State Department
 * spokesperson,") and tells whether the name stands oblique ("in Nepal", "Dortmund’s investor").
 * {@link NameMentions} finds the runs.
 */
final class MentionReader {

  private static final int MAX_NAME_WORDS = 4;

  /** A run read as a mention, with the words of its name as written. */
  record Reading(Mention mention, List<String> nameParts) {}

  private final String text;
  private final List<Token> tokens;
  private final boolean[] insideQuote;
  private final Predicate<String> writtenInLowerCase;

  MentionReader(
      String text,
      List<Token> tokens,
      boolean[] insideQuote,
      Predicate<String> writtenInLowerCase) {
    this.text = text;
    this.tokens = tokens;
    this.insideQuote = insideQuote;
    this.writtenInLowerCase = writtenInLowerCase;
  }

  /** The mention the run {@code [from, to)} makes, if it names a person. */
  Optional<Reading> read(int from, int to) {
    List<Token> words = runWords(from, to);
    int lastRole = lastRoleWord(words);
    List<Token> nameWords = words.subList(lastRole + 1, words.size());
    if (nameWords.isEmpty() || !looksLikePersonName(nameWords)) {
      return Optional.empty();
    }
    boolean roleAndNoun =
        lastRole >= 0 && nameWords.size() == 1 && writtenInLowerCase.test(nameWords.get(0).lower());
    if (roleAndNoun) {
      return Optional
          .empty(); // "Delaware State Police" is no Police with the role "Delaware State"
    }
    List<String> parts = nameParts(nameWords);
    String name = String.join(" ", parts);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    int start = nameWords.get(0).start();
    int end = nameWords.get(nameWords.size() - 1).end();
    Optional<String> role = role(words, lastRole, to);
    boolean oblique = isOblique(from, nameWords);
    return Optional.of(
        new Reading(new Mention(start, end, name, role, insideQuote[start], oblique), parts));
  }

  /** The words of the run, without a nickname or the function words and verbs opening it. */
  private List<Token> runWords(int from, int to) {
    List<Token> words = new ArrayList<>();
    for (int k = from; k < to; k++) {
      if (tokens.get(k).isWord() && !ArticleTokens.isNickname(tokens, k)) {
        words.add(tokens.get(k));
      }
    }
    while (!words.isEmpty()
        && (NameWords.FUNCTION_WORDS.contains(words.get(0).lower())
            || ReportingVerbs.standard().contains(words.get(0).lower()))) {
      words.remove(0);
    }
    return words;
  }

  /** The index of the last role word before the run's last word, or -1. */
  private static int lastRoleWord(List<Token> words) {
    int lastRole = -1;
    for (int k = 0; k < words.size() - 1; k++) {
      Token w = words.get(k);
      if (NameWords.ROLE_WORDS.contains(w.lower()) && !StructureWords.isParticle(w)
          || isHyphenatedModifier(w)) {
        lastRole = k;
      }
    }
    return lastRole;
  }

  /**
   * "President-elect", "Co-founder", "Top-seeded": a capitalised compound whose second part is
   * lower case describes the person named after it; names join capitals ("Ocasio-Cortez").
   */
  private static boolean isHyphenatedModifier(Token t) {
    int hyphen = t.text().lastIndexOf('-');
    return hyphen > 0
        && hyphen + 1 < t.text().length()
        && t.isCapitalized()
        && Character.isLowerCase(t.text().charAt(hyphen + 1));
  }

  private static boolean looksLikePersonName(List<Token> nameWords) {
    for (Token t : nameWords) {
      boolean firstPerson = t.is("I") || t.text().startsWith("I’") || t.text().startsWith("I'");
      if (NameWords.NON_PERSON_WORDS.contains(t.lower()) || firstPerson) {
        return false;
      }
    }
    Token first = nameWords.get(0);
    boolean allCaps =
        first.text().length() > 1
            && first.text().equals(first.text().toUpperCase(Locale.ROOT))
            && !(first.isInitials() && nameWords.size() > 1); // "J.J. MacNab", not "NATO"

    return !allCaps && nameWords.size() <= MAX_NAME_WORDS;
  }

  /** The name's words as written, without an abbreviated title: "Harry M. Reid". */
  private List<String> nameParts(List<Token> nameWords) {
    List<String> parts = new ArrayList<>();
    for (Token t : nameWords) {
      boolean title = NameWords.ABBREVIATIONS.contains(t.lower()) && t.isCapitalized();
      if (!title || t.text().length() == 1) {
        boolean initial = t.text().length() == 1 && t.isCapitalized() || t.isInitials();
        boolean dotted = t.end() < text.length() && text.charAt(t.end()) == '.';
        parts.add(initial && dotted ? t.text() + "." : t.text()); // "Harry M. Reid"
      }
    }
    return parts;
  }

  /**
   * The role written before the name, up to its last role word, unless that is a courtesy title
   * ("Mr."); else the role in apposition after the run ending at {@code to}.
   */
  private Optional<String> role(List<Token> words, int lastRole, int to) {
    if (lastRole >= 0 && !NameWords.COURTESY_TITLES.contains(words.get(lastRole).lower())) {
      return Optional.of(text.substring(words.get(0).start(), words.get(lastRole).end()));
    }
    return Appositions.roleAfter(text, tokens, to);
  }

  /**
   * Whether the name follows a preposition, owns something or is whom someone spoke to: such a name
   * is seldom whom a following "he said" refers to.
   */
  private boolean isOblique(int from, List<Token> nameWords) {
    boolean afterPreposition =
        from > 0 && StructureWords.PREPOSITIONS.contains(tokens.get(from - 1).text());
    boolean owner = nameWords.get(nameWords.size() - 1).possessive();
    return afterPreposition || owner || afterOwnerObject(from);
  }

  /**
   * "in an interview with MSNBC’s Tamron Hall", "told CNN’s Jake Tapper": a name after an owner
   * that itself follows a preposition or "told" is whom someone spoke to, seldom the speaker.
   */
  private boolean afterOwnerObject(int from) {
    int j = from - 1;
    if (j < 0 || !tokens.get(j).possessive()) {
      return false;
    }
    while (j - 1 >= 0 && tokens.get(j - 1).isWord() && tokens.get(j - 1).isCapitalized()) {
      j--;
    }
    Token marker = j - 1 >= 0 ? tokens.get(j - 1) : null;
    return marker != null
        && (StructureWords.PREPOSITIONS.contains(marker.text()) || marker.is("told"));
  }
}
