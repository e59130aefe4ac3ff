package io.newsdesk.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A word or a single punctuation character of an article, with its offsets in the text. */
record Token(String text, int start, int end, boolean possessive) {

  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}(\\.\\p{Lu})+");
  private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");

  Token(String text, int start, int end) {
    this(text, start, end, false);
  }

  boolean isWord() {
    return Character.isLetterOrDigit(text.charAt(0));
  }

  boolean isCapitalized() {
    return Character.isUpperCase(text.charAt(0));
  }

  boolean isLowerCaseWord() {
    return Character.isLowerCase(text.charAt(0));
  }

  /** "J.J", "U.S": capital initials joined by dots, the last dot cut off by the tokenizer. */
  boolean isInitials() {
    return text.length() >= 3 && INITIALS.matcher(text).matches();
  }

  /** "1st", "22nd": an ordinal, as in "Air Force 1st Lt. Tyler Livingston". */
  boolean isOrdinal() {
    return ORDINAL.matcher(text).matches();
  }

  boolean is(String s) {
    return text.equals(s);
  }

  String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  /**
   * Splits {@code text[from, to)} into tokens. Words keep inner dots, apostrophes and hyphens
   * ("U.S", "O'Rourke", "R-Texas"), but a full stop missing its space ends a word ("said.Trump"); a
   * possessive "’s" is cut off and flagged. Whitespace is dropped.
   */
  static List<Token> tokenize(String text, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) { // also a no-break space
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        i = word(text, i, to, tokens);
      } else {
        tokens.add(new Token(String.valueOf(c), i, i + 1));
        i++;
      }
    }
    return tokens;
  }

  /** Adds the word starting at {@code i} (with a possessive ending cut off); returns its end. */
  private static int word(String text, int i, int to, List<Token> tokens) {
    int j = i + 1;
    while (j < to) {
      char d = text.charAt(j);
      if (Character.isLetterOrDigit(d)
          || Character.getType(d) == Character.NON_SPACING_MARK
          || isMisencoded(text, j)) {
        j++;
      } else if (isJoiner(d)
          && j + 1 < to
          && Character.isLetterOrDigit(text.charAt(j + 1))
          && !missingSpace(text, j)) {
        j += 2;
      } else {
        break;
      }
    }
    int end = j;
    boolean possessive = false;
    boolean endsWithS = text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S';
    if (end - i > 2 && endsWithS && isApostrophe(text.charAt(end - 2))) {
      end -= 2;
      possessive = true;
    } else if (end < to && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')) {
      possessive = text.charAt(end - 1) == 's'; // "Sanders’ campaign"
    }
    tokens.add(new Token(text.substring(i, end), i, end, possessive));
    return possessive && end == j ? j + 1 : j;
  }

  /** "said.Trump": a full stop between a lower-case word and a capital lacks its space. */
  private static boolean missingSpace(String text, int dot) {
    return text.charAt(dot) == '.'
        && Character.isLowerCase(text.charAt(dot - 1))
        && Character.isUpperCase(text.charAt(dot + 1));
  }

  /**
   * "TrÃ©vidic": UTF-8 read as Latin-1 turns an accented letter into "Ã" or "Â" and a symbol from
   * U+0080–U+00BF, which belongs to the word.
   */
  private static boolean isMisencoded(String text, int i) {
    char c = text.charAt(i);
    char prev = text.charAt(i - 1);
    return c >= '\u0080' && c <= '\u00BF' && (prev == '\u00C3' || prev == '\u00C2');
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static boolean isJoiner(char c) {
    return c == '.' || c == '\'' || c == '\u2019' || c == '-' || c == '\u2010';
  }
}
