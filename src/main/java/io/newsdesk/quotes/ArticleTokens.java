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

  boolean isVerb(int k) {
    Token t = tokens.get(k);
    return t.isLowerCaseWord() && verbs.contains(t.text());
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
                  || prev.text().length() == 1 && prev.isCapitalized());
      if (abbreviation) {
        return false;
      }
    }
    if (k + 1 >= tokens.size()) {
      return true;
    }
    Token next = tokens.get(k + 1);
    return next.isCapitalized() || !next.isWord();
  }

  static boolean isDash(Token t) {
    return t.is("\u2014") || t.is("\u2013") || t.is("-");
  }
}
