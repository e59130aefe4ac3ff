package io.newsdesk.quotes;

import java.util.List;

/** The tokens of one article with the questions every attribution rule asks of a single token. */
final class ArticleTokens {

  private final String text;
  private final List<Token> tokens;
  private final ReportingVerbs verbs;

  ArticleTokens(String text, List<Token> tokens, ReportingVerbs verbs) {
    this.text = text;
    this.tokens = tokens;
    this.verbs = verbs;
  }

  String text() {
    return text;
  }

  Token get(int k) {
    return tokens.get(k);
  }

  int size() {
    return tokens.size();
  }

  /** The index of the first token starting at or after {@code offset}. */
  int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Whether token {@code k} is a reporting verb. After a determiner or a possessive the same word
   * is a noun ("the reports", "Sanders’ comments"), which must not pass for a clause's verb.
   */
  boolean isVerb(int k) {
    Token t = tokens.get(k);
    if (!t.isLowerCaseWord()) {
      return false;
    }
    if (!verbs.contains(t.text())) {
      if (k + 1 >= tokens.size()) {
        return false;
      }
      String next = tokens.get(k + 1).text();
      return NameWords.PHRASAL_VERBS.contains(t.text())
              && StructureWords.PHRASAL_PARTICLES.contains(next) // "shot back"
          || (t.is("put") || t.is("puts")) && next.equals("it"); // "as Cornyn put it"
    }
    if (k == 0) {
      return true;
    }
    Token prev = tokens.get(k - 1);
    if (k >= 2
        && prev.isCapitalized()
        && StructureWords.INDEFINITE_ARTICLES.contains(tokens.get(k - 2).text())) {
      return false; // "a Twitter comment", "an NBC report"
    }
    return !prev.possessive() && !StructureWords.NOUN_MARKERS.contains(prev.lower());
  }

  /** "Adding, “…”": a reporting participle opening a sentence, capitalised. */
  boolean isOpeningParticiple(int k) {
    Token t = tokens.get(k);
    return t.isWord() && t.isCapitalized() && t.text().endsWith("ing") && verbs.contains(t.text());
  }

  /**
   * The first token of the sentence that token {@code k} belongs to (or that would begin at {@code
   * k}), looking back no further than {@code lo}.
   */
  int sentenceStart(int k, int lo) {
    for (int j = k - 1; j >= lo; j--) {
      if (isSentenceEnd(j)) {
        return j + 1;
      }
    }
    return lo;
  }

  boolean isSentenceEnd(int k) {
    Token t = tokens.get(k);
    if (!t.is(".") && !t.is("?") && !t.is("!")) {
      return false;
    }
    if (t.is(".") && k > 0) {
      Token prev = tokens.get(k - 1);
      boolean abbreviation =
          prev.end() == t.start()
              && (NameWords.ABBREVIATIONS.contains(prev.lower())
                  || prev.text().length() == 1 && prev.isCapitalized()
                  || prev.isInitials()
                      && k + 1 < tokens.size()
                      && tokens.get(k + 1).isCapitalized()
                      // "in Cooperstown, N.Y. They said": a pronoun opens a new sentence
                      && !opensSentence(tokens.get(k + 1)));
      if (abbreviation) {
        return false;
      }
    }
    if (k + 1 >= tokens.size()) {
      return true;
    }
    Token next = tokens.get(k + 1);
    if (next.is(")") || next.is(",") || next.is(";")) {
      return false; // "(D-N.Y.)", "Sen. Jane Doe, R-Ohio., said"
    }
    return next.isCapitalized() || !next.isWord();
  }

  /** "-", "–", "—" and HuffPost's "―": any Unicode dash standing alone. */
  /**
   * "They", "The": a word after "N.Y." that opens a new sentence rather than goes on with a name.
   */
  static boolean opensSentence(Token t) {
    return StructureWords.SENTENCE_OPENERS.contains(t.lower());
  }

  static boolean isDash(Token t) {
    return t.text().length() == 1 && isDash(t.text().charAt(0));
  }

  static boolean isDash(char c) {
    return Character.getType(c) == Character.DASH_PUNCTUATION;
  }

  /** A mark that may open a quote: a straight or an opening curly double quote. */
  static boolean opensQuote(Token t) {
    return t.is("\"") || t.is("\u201C");
  }

  /** A mark that may close a quote: a straight or a closing curly double quote. */
  static boolean closesQuote(Token t) {
    return t.is("\"") || t.is("\u201D");
  }

  /** The word at {@code k} is a nickname in quote marks inside a name: Marcia "Cia" Price. */
  boolean isNickname(int k) {
    return isNickname(tokens, k);
  }

  /** The word at {@code k} is a capitalised nickname in quote marks before a surname. */
  static boolean isNickname(List<Token> tokens, int k) {
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
}
