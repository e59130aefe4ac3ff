package io.newsdesk.quotes;

/**
 * Words of a person named by a noun of speech the person owns: "Trump’s call for “…”", "Clinton’s
 * claim that “…”".
 */
final class OwnedSpeech {

  private final ArticleTokens tokens;
  private final SubjectPhrases phrases;
  private final SpeakerResolver resolver;

  OwnedSpeech(ArticleTokens tokens, SubjectPhrases phrases, SpeakerResolver resolver) {
    this.tokens = tokens;
    this.phrases = phrases;
    this.resolver = resolver;
  }

  /**
   * "Obama’s “if you like your plan, you can keep it” promise": a quote between a person's
   * possessive and a noun of speech is that person's words.
   */
  Attribution framedBy(int markStart, int markEnd) {
    int owner = tokens.tokenAt(markStart) - 1;
    int noun = tokens.tokenAt(markEnd);
    boolean framed =
        owner >= 0
            && noun < tokens.size()
            && tokens.get(owner).possessive()
            && tokens.get(owner).isCapitalized()
            && NameWords.SPEECH_NOUNS.contains(tokens.get(noun).text());
    return framed
        ? resolver.resolveOwner(phrases.nameRunStart(0, owner), owner + 1)
        : Attribution.NONE;
  }

  /**
   * "Trump’s call for “…”", "Clinton’s claim that “…”": a person's words, named by a noun of speech
   * owned by the person right before the quote.
   */
  Attribution ownersWords(int lo, int hi) {
    int k = hi - 1;
    if (k >= lo && (tokens.get(k).is(",") || tokens.get(k).is(":"))) {
      k--;
    }
    boolean linked = k >= lo && StructureWords.SPEECH_LINKS.contains(tokens.get(k).text());
    if (linked) {
      k--;
    }
    if (k < lo || !NameWords.SPEECH_NOUNS.contains(tokens.get(k).text())) {
      return Attribution.NONE;
    }
    if (!linked
        && k - 1 > lo
        && StructureWords.INDEFINITE_ARTICLES.contains(tokens.get(k - 1).text())) {
      // "Trump issued a statement, “…”" (not "gave a speech about “…”"): the subject's words.
      return phrases.clauseSubject(lo, k - 1).map(resolver::resolvePerson).orElse(Attribution.NONE);
    }
    for (int j = k - 1; j >= lo && j >= k - 3; j--) {
      Token t = tokens.get(j);
      if (t.possessive() && t.isCapitalized()) {
        return resolver.resolveOwner(phrases.nameRunStart(lo, j), j + 1);
      }
      if (!t.isLowerCaseWord() || NameWords.FUNCTION_WORDS.contains(t.text())) {
        return Attribution.NONE;
      }
    }
    return Attribution.NONE;
  }
}
