package io.newsdesk.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The person-name mentions in an article's tokens, found once when the article is read: each run of
 * capitalised words that looks like a name, read by {@link MentionReader} into the name and any
 * title or role before it ("NATO Secretary General Mark Rutte") or after it ("Matthew Miller, a
 * former State Department spokesperson,"). This class finds where the runs are; {@link NameIndex}
 * answers questions about the mentions.
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
    MentionReader reader = new MentionReader(text, tokens, insideQuote, this::isLowerCaseWord);
    int i = 0;
    while (i < tokens.size()) {
      int end = runEnd(text, tokens, i);
      if (end > i) {
        if (!headline[tokens.get(i).start()] && !isPhotoCredit(tokens, end)) {
          reader.read(i, end).ifPresent(this::add);
        }
        i = end;
      } else {
        i++;
      }
    }
  }

  private void add(MentionReader.Reading reading) {
    if (reading.nameParts().size() >= 2) {
      fullNames.add(reading.nameParts());
    }
    mentions.add(reading.mention());
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

  /** The end of the run of capitalised words opening at {@code i}; {@code i} when none does. */
  private static int runEnd(String text, List<Token> tokens, int i) {
    Token first = tokens.get(i);
    if (!first.isWord() || !first.isCapitalized()) {
      return i;
    }
    int j = i + 1;
    while (j < tokens.size() && !newParagraphBetween(text, tokens.get(j - 1), tokens.get(j))) {
      int next = goesOnTo(tokens, j);
      if (next == j) {
        break;
      }
      j = next;
    }
    return j;
  }

  /** Where a run reaching the token at {@code j} goes on to: past it, past a nickname, or j. */
  private static int goesOnTo(List<Token> tokens, int j) {
    Token t = tokens.get(j);
    Token prev = tokens.get(j - 1);
    boolean adjacent = t.start() == prev.end();
    if (prev.possessive()) {
      return j;
    }
    if (t.is(".") && adjacent && isAbbreviation(prev)) {
      boolean sentenceEnds =
          j + 1 < tokens.size() && ArticleTokens.opensSentence(tokens.get(j + 1));
      return sentenceEnds ? j : j + 1; // "Albany, N.Y. They said": the name ends with the sentence
    }
    if (!adjacent && ArticleTokens.isNickname(tokens, j + 1) && j + 3 < tokens.size()) {
      return j + 3; // State Del. Marcia "Cia" Price: the nickname is not part of the name
    }
    if (t.isOrdinal() && !adjacent && nextIsCapitalized(tokens, j)) {
      return j + 1; // "Air Force 1st Lt. Tyler Livingston"
    }
    if (t.isWord() && t.isCapitalized() && !adjacent && !opensNewPhrase(t)) {
      return j + 1;
    }
    if (StructureWords.isParticle(t)
        && j + 1 < tokens.size()
        && tokens.get(j + 1).isCapitalized()) {
      return j + 1;
    }
    return j;
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
