package io.newsdesk.quotes;

/**
 * A paragraph that is nothing but a person's name with an optional age, place or description, the
 * way a round-up of reactions ("vox pop") signs each quote: "— Jane Doe, 34, Phoenix", "Jane Doe,
 * Phoenix, Ariz.", "Jane Doe, 34, retired teacher:". No verb, no clause: a line that says anything
 * about the person ("Jane Doe, buoyed by the polls, goes after Roe") is narrative, not a signature.
 */
final class NameLines {

  /**
   * A name line: the name is tokens {@code [nameFrom, nameTo)}; {@code dash} when the line opens
   * with a dash, {@code colon} when it ends with a colon, {@code described} when it gives an age or
   * a lower-case description, which a heading or a bare place never has; {@code bareStop} when it
   * is only the name and a full stop ("Jane Doe."), the way a letter is signed or a heading ends.
   */
  record NameLine(
      int nameFrom, int nameTo, boolean dash, boolean colon, boolean described, boolean bareStop) {}

  private static final int MAX_LINE_TOKENS = 24;
  private static final int MIN_NAME_WORDS = 2;
  private static final int MAX_NAME_WORDS = 4;
  private static final int MAX_SEGMENTS = 4;
  private static final int MAX_SEGMENT_WORDS = 5;
  private static final int MAX_PLACE_WORDS = 3;

  private final ArticleTokens tokens;
  private final SubjectPhrases phrases;
  private final NameIndex names;

  NameLines(ArticleTokens tokens, SubjectPhrases phrases, NameIndex names) {
    this.tokens = tokens;
    this.phrases = phrases;
    this.names = names;
  }

  /** The name line that the text {@code [from, to)} is, or null when it is anything else. */
  NameLine parse(int from, int to) {
    int lo = tokens.tokenAt(from);
    int hi = tokens.tokenAt(to);
    if (hi - lo < MIN_NAME_WORDS || hi - lo > MAX_LINE_TOKENS) {
      return null;
    }
    boolean dash = ArticleTokens.isDash(tokens.get(lo));
    int k = dash ? lo + 1 : lo;
    boolean colon = tokens.get(hi - 1).is(":");
    boolean stop = tokens.get(hi - 1).is(".");
    int end = colon || stop ? hi - 1 : hi;
    int nameTo = phrases.nameRunEnd(k, end);
    while (nameTo > k && !tokens.get(nameTo - 1).isWord()) {
      nameTo--; // "Jane Doe." keeps its full stop out of the name
    }
    if (!isPersonName(k, nameTo)) {
      return null;
    }
    int described = describedSegments(nameTo, end);
    return described < 0
        ? null
        : new NameLine(k, nameTo, dash, colon, described > 0, stop && nameTo == end);
  }

  /** Whether {@code [from, to)} is exactly a person's full name the article's index knows. */
  private boolean isPersonName(int from, int to) {
    if (to <= from) {
      return false;
    }
    int words = 0;
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (t.isWord() && t.text().length() > 1) {
        words++;
      }
      if (t.isWord() && NameWords.ROLE_WORDS.contains(t.lower())) {
        return false; // "Acme CEO John Roe": a role with a name, which is no signature line
      }
      if (t.isWord() && NameWords.FUNCTION_WORDS.contains(t.lower())) {
        return false; // "The Road Ahead": a heading
      }
    }
    return words >= MIN_NAME_WORDS
        && words <= MAX_NAME_WORDS
        && names.isExactMention(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /**
   * Checks the comma-separated segments after the name in {@code [k, end)}: each an age, a place or
   * a short description. Returns -1 when they are not that, else how many segments give an age or a
   * lower-case description.
   */
  private int describedSegments(int k, int end) {
    int described = 0;
    int segments = 0;
    while (k < end) {
      if (!tokens.get(k).is(",") || ++segments > MAX_SEGMENTS) {
        return -1;
      }
      int j = k + 1;
      while (j < end && !tokens.get(j).is(",")) {
        j++;
      }
      int segment = segment(k + 1, j, end);
      if (segment < 0) {
        return -1;
      }
      described += segment;
      k = j;
    }
    return described;
  }

  /**
   * One segment {@code [from, to)} between commas of a name line: -1 when it is no place, age or
   * short description, else 1 when it gives an age or a lower-case description, 0 otherwise.
   */
  private int segment(int from, int to, int end) {
    int words = 0;
    int capitalized = 0;
    boolean lowerCase = false;
    boolean age = false;
    for (int j = from; j < to; j++) {
      Token t = tokens.get(j);
      boolean abbreviationDot = t.is(".") && tokens.get(j - 1).end() == t.start();
      if (!t.isWord() && !abbreviationDot) {
        return -1;
      }
      if (!t.isWord()) {
        continue;
      }
      words++;
      if (t.isLowerCaseWord()) {
        if (!isDescriptionWord(j, end)) {
          return -1;
        }
        lowerCase |= !StructureWords.DESCRIPTION_LINKS.contains(t.text());
      } else if (Character.isDigit(t.text().charAt(0))) {
        age = t.text().chars().allMatch(Character::isDigit);
      } else if (NameWords.FUNCTION_WORDS.contains(t.lower()) || ++capitalized > MAX_PLACE_WORDS) {
        return -1; // "Work Starts Monday, But For Today, Thanks": a title-case heading
      }
    }
    if (words == 0 || words > MAX_SEGMENT_WORDS) {
      return -1;
    }
    return lowerCase || age ? 1 : 0;
  }

  /**
   * A lower-case word of a description: no verb and no function word but a few links; a past
   * participle only before another word ("retired teacher", not "died Tuesday").
   */
  private boolean isDescriptionWord(int k, int end) {
    Token t = tokens.get(k);
    if (StructureWords.DESCRIPTION_LINKS.contains(t.text())) {
      return true;
    }
    if (NameWords.FUNCTION_WORDS.contains(t.text())
        || NameWords.FINITE_VERBS.contains(t.text())
        || tokens.isVerb(k)) {
      return false;
    }
    if (t.text().endsWith("ed")) {
      return k + 1 < end && tokens.get(k + 1).isLowerCaseWord();
    }
    return true;
  }
}
