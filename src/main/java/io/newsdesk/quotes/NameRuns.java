package io.newsdesk.quotes;

/**
 * Where a name runs inside a phrase, read from one of its words: forwards to its end ("Rev. Peter
 * Wherry", "Air Force 1st Lt. Tyler Livingston", Marcia "Cia" Price) or backwards to its start.
 * Works on token indexes for {@link SubjectPhrases}; finding every name an article mentions is
 * {@link NameMentions}' job.
 */
final class NameRuns {

  private final ArticleTokens tokens;

  NameRuns(ArticleTokens tokens) {
    this.tokens = tokens;
  }

  /** The end of the name whose first word is at {@code k}, not going past {@code hi}. */
  int end(int k, int hi) {
    int j = k;
    while (j < hi) {
      Token t = tokens.get(j);
      boolean dot = t.is(".") && j > k && tokens.get(j - 1).end() == t.start();
      boolean ordinal =
          t.isOrdinal() && j > k && j + 1 < hi && tokens.get(j + 1).isCapitalized(); // "1st Lt."
      if (t.isWord() && (t.isCapitalized() || StructureWords.isParticle(t)) || dot || ordinal) {
        j++;
      } else if (j > k && nickname(j, hi)) {
        j += 3; // Marcia "Cia" Price
      } else {
        break;
      }
    }
    return j;
  }

  /** The first word of the name whose last word is at {@code k}, not going before {@code lo}. */
  int start(int lo, int k) {
    int j = k;
    while (j - 1 >= lo) {
      Token t = tokens.get(j - 1);
      if (t.isWord() && t.isCapitalized()
          || t.is(".")
          || t.isWord() && StructureWords.isParticle(t)) {
        j--;
      } else if (j - 4 >= lo && nickname(j - 3, tokens.size())) {
        j -= 3; // Marcia "Cia" Price
      } else {
        break;
      }
    }
    while (j < k && !tokens.get(j).isWord()) {
      j++;
    }
    return j;
  }

  /** A nickname in quote marks at {@code j} (the opening mark), the name going on before hi. */
  private boolean nickname(int j, int hi) {
    return j + 3 < hi && tokens.isNickname(j + 1);
  }
}
