package io.newsdesk.quotes;

import io.newsdesk.quotes.QuoteSpanFinder.Span;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles listed one per paragraph, as in award lists, set lists and book pages: "“Black Parade” —
 * Beyoncé", "WINNER: “Everything I Wanted” — Billie Eilish", "“The Power of the Dog”". A quote
 * alone in its paragraph (but for a dash and a name after it) whose words are all capitalised and
 * that holds no punctuation of a sentence names a work, not anybody's words. "“Yes.”" and
 * "“Goodnight, Irene!”" are speech.
 */
final class ListedTitles {

  private static final int MIN_WORDS = 2;
  private static final int MAX_WORDS = 10;
  private static final Pattern LABEL = Pattern.compile("\\s*\\p{L}+:\\s*"); // "WINNER: "
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&-]*");

  private ListedTitles() {}

  /**
   * Whether the quote {@code span} in {@code paragraph} (starting at {@code offset}) is a title.
   */
  static boolean isListedTitle(Span span, String paragraph, int offset, boolean chained) {
    if (chained) {
      return false;
    }
    String before = paragraph.substring(0, span.markStart() - offset);
    String after = paragraph.substring(span.markEnd() - offset).strip();
    boolean alone =
        (before.isBlank() || LABEL.matcher(before).matches())
            && (after.isEmpty() || ArticleTokens.isDash(after.charAt(0)));
    return alone && isTitleCase(paragraph.substring(span.start() - offset, span.end() - offset));
  }

  /** Whether every word of the quote is capitalised and it holds no punctuation of a sentence. */
  static boolean isTitleCase(String quote) {
    for (int i = 0; i < quote.length(); i++) {
      if (".,!?;:\"“”".indexOf(quote.charAt(i)) >= 0 && !isInnerDot(quote, i)) {
        return false;
      }
    }
    Matcher m = WORD.matcher(quote);
    int words = 0;
    while (m.find()) {
      String w = m.group();
      boolean capital = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0));
      if (!capital && (words == 0 || !StructureWords.TITLE_SMALL_WORDS.contains(w))) {
        return false;
      }
      words++;
    }
    return words >= MIN_WORDS && words <= MAX_WORDS;
  }

  /** "Mr. Smith Goes to Washington": a dot after a word inside the title, not closing it. */
  private static boolean isInnerDot(String quote, int i) {
    return quote.charAt(i) == '.'
        && i > 0
        && Character.isLetter(quote.charAt(i - 1))
        && i + 1 < quote.length()
        && quote.charAt(i + 1) == ' ';
  }
}
