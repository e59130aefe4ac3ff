package io.newsdesk.quotes;

/**
 * Reads the text right after a quote for who said it: "“…,” X said", "“…,” said X", "“…,” according
 * to X", "“…,” Terrie Rizzo, the Democratic chair of Palm Beach County, said" and a dash after the
 * quote ("“…” – NATO Secretary General Mark Rutte").
 */
final class TrailingAttributions {

  static final int MAX_SUBJECT_DISTANCE = 12;
  private static final int MAX_TRAILING_DISTANCE = 20;

  private final ArticleTokens tokens;
  private final SubjectPhrases phrases;
  private final VerbSubjects verbSubjects;
  private final RolePhrases roles;
  private final AttributionSubjects subjects;
  private final SpeakerResolver resolver;

  TrailingAttributions(
      ArticleTokens tokens,
      SubjectPhrases phrases,
      VerbSubjects verbSubjects,
      RolePhrases roles,
      AttributionSubjects subjects,
      SpeakerResolver resolver) {
    this.tokens = tokens;
    this.phrases = phrases;
    this.verbSubjects = verbSubjects;
    this.roles = roles;
    this.subjects = subjects;
    this.resolver = resolver;
  }

  /**
   * Looks right after a quote ending at {@code markEnd} for "X said" up to {@code limit}; {@code
   * quoteEndsSentence} when the quote itself ends with a full stop. A dash and a name after the
   * quote sign it only when {@code signable}: when the quote opens its paragraph ("“…” ― Jane Doe,
   * 34"). After "Doe said. “…” ― Max Roe" the dash is the byline of a live-blog entry.
   */
  Attribution after(int markEnd, int limit, boolean quoteEndsSentence, boolean signable) {
    int lo = tokens.tokenAt(markEnd);
    int hi = tokens.tokenAt(limit);
    for (int k = lo; k < hi; k++) {
      if (tokens.isSentenceEnd(k)) {
        hi = k;
        break;
      }
    }
    int k = lo;
    while (k < hi && tokens.get(k).is(",")) {
      k++;
    }
    if (k >= hi) {
      return Attribution.NONE;
    }
    Token first = tokens.get(k);
    if (ArticleTokens.isDash(first) && !signable) {
      return Attribution.NONE;
    }
    if (ArticleTokens.isDash(first) && k + 1 < hi && tokens.get(k + 1).isCapitalized()) {
      return resolver.resolve(k + 1, phrases.nameRunEnd(k + 1, hi));
    }
    if (ArticleTokens.isDash(first) && k + 1 < hi && tokens.get(k + 1).isLowerCaseWord()) {
      int end = phrases.forwardNpEnd(k + 1, hi); // "“…” — reader Dan Blue"
      return end > k + 1 ? resolver.resolvePerson(k + 1, end) : Attribution.NONE;
    }
    boolean newSentence = first.is("He") || first.is("She"); // "“…!” She replied to him that …"
    if ((quoteEndsSentence || newSentence) && first.isCapitalized()) {
      return Attribution.NONE;
    }
    if (first.is("according") && k + 2 < hi && tokens.get(k + 1).is("to")) {
      return subjects.subjectAfter(k + 2, hi);
    }
    if (tokens.isVerb(k)) {
      return subjects.subjectAfter(k + 1, hi);
    }
    Attribution apposed = subjects.apposedSubject(k, hi);
    if (apposed.found()) {
      return apposed; // "“…,” Terrie Rizzo, the Democratic chair of Palm Beach County, said."
    }
    for (int v = k + 1; v < hi && v <= k + MAX_TRAILING_DISTANCE; v++) {
      if (tokens.isVerb(v)) {
        int start = verbSubjects.subjectStart(k, v);
        if (v > k + MAX_SUBJECT_DISTANCE && !(start > k + 1 && tokens.get(start - 1).is(","))) {
          return Attribution.NONE;
        }
        int[] described = start < 0 ? verbSubjects.qualifiedDescription(k, v) : null;
        if (described != null) {
          return resolver.resolve(described[0], described[1]); // "a staffer in the room wondered"
        }
        if (start > k && roles.isRoleBeforeName(k, start - 1)) {
          return resolver.resolve(
              start, verbSubjects.npEnd(start, v)); // "Doe’s aide, Max Roe, said"
        }
        boolean as = start == k + 1 && tokens.get(k).is("as"); // "“…,” as Cruz said"
        if (as) {
          return resolver.resolve(start, verbSubjects.npEnd(start, v));
        }
        if (start == k || start > k && roles.onlyRoleWords(k, start)) {
          return resolver.resolve(k, verbSubjects.npEnd(k, v));
        }
        if (start > k + 1 && tokens.get(start - 1).is(",") && tokens.get(start).isCapitalized()) {
          // "“…” and against the gun law, Clinton said.": the sentence's closing attribution.
          return resolver.resolvePerson(start, verbSubjects.npEnd(start, v));
        }
        int nameEnd = phrases.forwardNpEnd(k, v);
        if (start > k && nameEnd > start && nameEnd <= v) {
          return resolver.resolvePerson(
              k, nameEnd); // "former Bush speechwriter Noam Neusner wrote"
        }
        if (start > k
            && nameEnd < start
            && (tokens.get(nameEnd).is("of") || tokens.get(nameEnd).is("from"))
            && phrases.onlyWords(nameEnd, start, MAX_SUBJECT_DISTANCE)) {
          return resolver.resolvePerson(k, nameEnd); // "Jeffrey Lewis of the Martin Center wrote"
        }
        return Attribution.NONE;
      }
    }
    return Attribution.NONE;
  }
}
