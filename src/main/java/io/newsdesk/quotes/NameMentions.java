package io.newsdesk.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The person-name mentions in an article's tokens, found once when the article is read: each run of
 * capitalised words that looks like a name, with any title or role before it ("NATO Secretary
 * General Mark Rutte") split off and any role after it ("Matthew Miller, a former State Department
 * spokesperson,") attached. {@link NameIndex} answers questions about them.
 */
final class NameMentions {

  /**
   * One mention of a person; {@code name} has any leading title or role removed. {@code oblique}
   * when the name follows a preposition or owns something ("in Nepal", "Dortmund’s investor"): such
   * a name is seldom whom a following "he said" refers to.
   */
  record Mention(
      int start, int end, String name, Optional<String> role, boolean inQuote, boolean oblique) {}

  private final List<Mention> mentions = new ArrayList<>();
  private final List<List<String>> fullNames = new ArrayList<>();

  private final List<Token> tokens;

  /**
   * Words the article also writes in lower case ("police", "story"): nouns, not surnames. Built on
   * first use, since most articles never ask.
   */
  private Set<String> lowerCaseWords;

  NameMentions(String text, List<Token> tokens, boolean[] insideQuote) {
    this.tokens = tokens;
    boolean[] headline = Headlines.mark(text);
    int i = 0;
    while (i < tokens.size()) {
      int end = runEnd(text, tokens, i);
      if (end > i) {
        if (!headline[tokens.get(i).start()] && !isPhotoCredit(tokens, end)) {
          addRun(text, tokens, i, end, insideQuote);
        }
        i = end;
      } else {
        i++;
      }
    }
  }

  /**
   * "Darren Staples/AFP/Getty Images": a name glued to a slash is a photographer's credit under a
   * picture, not a person the story is about.
   */
  private static boolean isPhotoCredit(List<Token> tokens, int end) {
    return end < tokens.size()
        && tokens.get(end).is("/")
        && tokens.get(end).start() == tokens.get(end - 1).end();
  }

  /** The mentions in the order they appear in the article. */
  List<Mention> mentions() {
    return mentions;
  }

  /** The names of two or more words, in the order they are mentioned. */
  List<List<String>> fullNames() {
    return fullNames;
  }

  /** Whether the article writes this word in lower case somewhere. */
  boolean isLowerCaseWord(String lower) {
    if (lowerCaseWords == null) {
      lowerCaseWords = new HashSet<>();
      for (Token t : tokens) {
        if (t.isLowerCaseWord()) {
          lowerCaseWords.add(t.text());
        }
      }
    }
    return lowerCaseWords.contains(lower);
  }

  private static int runEnd(String text, List<Token> tokens, int i) {
    Token first = tokens.get(i);
    if (!first.isWord() || !first.isCapitalized()) {
      return i;
    }
    int j = i + 1;
    while (j < tokens.size() && !newParagraphBetween(text, tokens.get(j - 1), tokens.get(j))) {
      Token t = tokens.get(j);
      Token prev = tokens.get(j - 1);
      boolean adjacent = t.start() == prev.end();
      if (prev.possessive()) {
        break;
      } else if (t.is(".") && adjacent && isAbbreviation(prev)) {
        if (j + 1 < tokens.size() && ArticleTokens.opensSentence(tokens.get(j + 1))) {
          break; // "Albany, N.Y. They said": the name ends with the sentence
        }
        j++;
      } else if (!adjacent && isNickname(tokens, j + 1) && j + 3 < tokens.size()) {
        j += 3; // State Del. Marcia "Cia" Price: the nickname is not part of the name
      } else if (t.isOrdinal() && !adjacent && nextIsCapitalized(tokens, j)) {
        j++; // "Air Force 1st Lt. Tyler Livingston"

      } else if (t.isWord() && t.isCapitalized() && !adjacent && !opensNewPhrase(t)) {
        j++;
      } else if (StructureWords.isParticle(t)
          && j + 1 < tokens.size()
          && tokens.get(j + 1).isCapitalized()) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  private void addRun(String text, List<Token> tokens, int from, int to, boolean[] insideQuote) {
    List<Token> words = new ArrayList<>();
    for (int k = from; k < to; k++) {
      if (tokens.get(k).isWord() && !isNickname(tokens, k)) {
        words.add(tokens.get(k));
      }
    }
    while (!words.isEmpty()
        && (NameWords.FUNCTION_WORDS.contains(words.get(0).lower())
            || ReportingVerbs.standard().contains(words.get(0).lower()))) {
      words.remove(0);
    }
    int lastRole = -1;
    for (int k = 0; k < words.size() - 1; k++) {
      Token w = words.get(k);
      if (NameWords.ROLE_WORDS.contains(w.lower()) && !StructureWords.isParticle(w)
          || isHyphenatedModifier(w)) {
        lastRole = k;
      }
    }
    List<Token> nameWords = words.subList(lastRole + 1, words.size());
    if (nameWords.isEmpty() || !looksLikePersonName(nameWords)) {
      return;
    }
    boolean roleAndNoun =
        lastRole >= 0 && nameWords.size() == 1 && isLowerCaseWord(nameWords.get(0).lower());
    if (roleAndNoun) {
      return; // "Delaware State Police" is no Police with the role "Delaware State"
    }
    List<String> parts = new ArrayList<>();
    for (Token t : nameWords) {
      boolean title = NameWords.ABBREVIATIONS.contains(t.lower()) && t.isCapitalized();
      if (!title || t.text().length() == 1) {
        boolean initial = t.text().length() == 1 && t.isCapitalized() || t.isInitials();
        boolean dotted = t.end() < text.length() && text.charAt(t.end()) == '.';
        parts.add(initial && dotted ? t.text() + "." : t.text()); // "Harry M. Reid"
      }
    }
    String name = String.join(" ", parts);
    if (name.isEmpty()) {
      return;
    }
    int start = nameWords.get(0).start();
    int end = nameWords.get(nameWords.size() - 1).end();
    Optional<String> role = Optional.empty();
    if (lastRole >= 0 && !isCourtesyTitle(words.get(lastRole))) {
      role = Optional.of(text.substring(words.get(0).start(), words.get(lastRole).end()));
    } else {
      role = Appositions.roleAfter(text, tokens, to);
    }
    if (parts.size() >= 2) {
      fullNames.add(parts);
    }
    boolean afterPreposition =
        from > 0 && StructureWords.PREPOSITIONS.contains(tokens.get(from - 1).text());
    boolean owner = nameWords.get(nameWords.size() - 1).possessive();
    Mention m =
        new Mention(
            start,
            end,
            name,
            role,
            insideQuote[start],
            afterPreposition || owner || afterOwnerObject(tokens, from));
    mentions.add(m);
  }

  /**
   * "in an interview with MSNBC’s Tamron Hall", "told CNN’s Jake Tapper": a name after an owner
   * that itself follows a preposition or "told" is whom someone spoke to, seldom the speaker.
   */
  private static boolean afterOwnerObject(List<Token> tokens, int from) {
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

    return !allCaps && nameWords.size() <= 4;
  }

  private static boolean isCourtesyTitle(Token t) {
    return NameWords.COURTESY_TITLES.contains(t.lower());
  }

  /** The word at {@code k} is a capitalised nickname in quote marks before a surname. */
  private static boolean isNickname(List<Token> tokens, int k) {
    return k >= 1
        && k + 2 < tokens.size()
        && ArticleTokens.opensQuote(tokens.get(k - 1))
        && tokens.get(k).isWord()
        && tokens.get(k).isCapitalized()
        && ArticleTokens.closesQuote(tokens.get(k + 1))
        && tokens.get(k + 2).isWord()
        && tokens.get(k + 2).isCapitalized()
        && tokens.get(k + 2).start() > tokens.get(k + 1).end();
  }

  private static boolean nextIsCapitalized(List<Token> tokens, int j) {
    return j + 1 < tokens.size() && tokens.get(j + 1).isWord() && tokens.get(j + 1).isCapitalized();
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

  /**
   * "— Zac Anderson The Trump campaign …", "Bart Jansen After Trump …": a capitalised function word
   * inside a run starts a new phrase; a name does not go on through it. Only words that are never
   * part of a name: not "May", "Good" or "He", which are surnames too.
   */
  private static boolean opensNewPhrase(Token t) {
    return StructureWords.PHRASE_OPENERS.contains(t.text());
  }

  private static boolean isAbbreviation(Token t) {
    return t.text().length() == 1 && t.isCapitalized()
        || t.isInitials()
        || NameWords.ABBREVIATIONS.contains(t.lower());
  }

  private static boolean newParagraphBetween(String text, Token a, Token b) {
    for (int k = a.end(); k < b.start(); k++) {
      if (text.charAt(k) == '\n') {
        return true;
      }
    }
    return false;
  }
}
