package io.newsdesk.quotes;

import java.util.List;

/**
 * Reads the narrative around one quote for who said it: "“…,” X said", "“…,” said X", "X said:
 * “…”", "X said he wanted to “…”", "according to X", "X: “…”" and a dash after the quote ("“…” –
 * NATO Secretary General Mark Rutte"). Pronouns and descriptions ("he", "the secretary") resolve to
 * the most recent compatible person named before them.
 *
 * <p>An attribution can be found yet name nobody ("the report said"): that still settles the quote,
 * so no fallback may then pin it on the previous speaker. An unnamed person ("a spokesman said") is
 * reported as described.
 */
final class SpeakerAttributor {

  private final ArticleTokens tokens;
  private final SpeakerResolver resolver;
  private final NameLines nameLines;
  private final TrailingAttributions trailing;
  private final LeadingAttributions leading;
  private final NarrativeSubjects narrative;
  private final OwnedSpeech ownedSpeech;

  SpeakerAttributor(String text, List<Token> tokens, NameIndex names, ReportingVerbs verbs) {
    this.tokens = new ArticleTokens(text, tokens, verbs);
    SubjectPhrases phrases = new SubjectPhrases(this.tokens);
    VerbSubjects verbSubjects = new VerbSubjects(this.tokens, phrases);
    RolePhrases roles = new RolePhrases(this.tokens, phrases);
    this.resolver = new SpeakerResolver(this.tokens, names, phrases);
    this.nameLines = new NameLines(this.tokens, phrases, names);
    AttributionSubjects subjects = new AttributionSubjects(this.tokens, phrases, roles, resolver);
    this.trailing =
        new TrailingAttributions(this.tokens, phrases, verbSubjects, roles, subjects, resolver);
    this.ownedSpeech = new OwnedSpeech(this.tokens, phrases, resolver);
    this.leading =
        new LeadingAttributions(
            this.tokens, phrases, verbSubjects, subjects, ownedSpeech, resolver);
    this.narrative = new NarrativeSubjects(this.tokens, phrases, verbSubjects, subjects, resolver);
  }

  /** The name line ("Jane Doe, 34, Phoenix") that the text {@code [from, to)} is, or null. */
  NameLines.NameLine nameLine(int from, int to) {
    return nameLines.parse(from, to);
  }

  /** The person a name line names. */
  Attribution signedBy(NameLines.NameLine line) {
    return resolver.resolvePerson(line.nameFrom(), line.nameTo());
  }

  /**
   * Looks right after a quote ending at {@code markEnd} for "X said" up to {@code limit}; {@code
   * quoteEndsSentence} when the quote itself ends with a full stop, {@code signable} when a dash
   * and a name after it may sign it.
   */
  Attribution after(int markEnd, int limit, boolean quoteEndsSentence, boolean signable) {
    return trailing.after(markEnd, limit, quoteEndsSentence, signable);
  }

  /** Looks at the sentence before a quote opening at {@code markStart}, from {@code from}. */
  Attribution before(int from, int markStart) {
    return leading.before(from, markStart);
  }

  /** "Obama’s “if you like your plan, you can keep it” promise": the owner of the framed words. */
  Attribution framedBy(int markStart, int markEnd) {
    return ownedSpeech.framedBy(markStart, markEnd);
  }

  /**
   * The person the last sentence of {@code [from, to)} is about, when its subject is a named person
   * or a pronoun: a quote standing alone after it is most likely theirs.
   */
  Attribution narrativeSubject(int from, int to) {
    return narrative.narrativeSubject(from, to);
  }

  /**
   * Whether only a participle stands between two quotes ("“A,” adding, “B”"), which makes the
   * second quote go on with the first one's speaker.
   */
  boolean onlyParticipleBetween(int from, int to) {
    int words = 0;
    for (int k = tokens.tokenAt(from); k < tokens.size() && tokens.get(k).start() < to; k++) {
      Token t = tokens.get(k);
      boolean participle =
          t.text().endsWith("ing") && (tokens.isVerb(k) || tokens.isOpeningParticiple(k));
      if (t.isWord() && (++words > 1 || !participle)) {
        return false;
      }
    }
    return words == 1;
  }

  /** Whether the quote opening at {@code markStart} starts a new sentence after {@code from}. */
  boolean startsSentence(int from, int markStart) {
    int lo = tokens.tokenAt(from);
    int k = tokens.tokenAt(markStart) - 1;
    while (k >= lo && !tokens.get(k).isWord()) {
      if (tokens.isSentenceEnd(k)) {
        return true;
      }
      k--;
    }
    return k < lo;
  }

  /** Whether {@code [from, to)} holds no words at all, only punctuation. */
  boolean noWordsBetween(int from, int to) {
    for (int k = tokens.tokenAt(from); k < tokens.size() && tokens.get(k).start() < to; k++) {
      if (tokens.get(k).isWord()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the quote opening at {@code markStart} is the title of a work ("the series “Laverne &
   * Shirley”", "a book titled “…”"): a title is nobody's words, whoever the sentence is about.
   */
  boolean namesAWork(int markStart, String quote) {
    int k = tokens.tokenAt(markStart) - 1;
    String title = quote.replaceFirst("[.,]$", ""); // American style puts the full stop inside
    if (k > 0 && tokens.get(k).is(",") && ListedTitles.isTitleCase(title)) {
      k--; // "in her first memoir, “Coal Miner’s Daughter.”"; not "in his memoir, “I was …”"
    }
    if (k < 0
        || !tokens.get(k).isLowerCaseWord()
        || !NameWords.WORKS.contains(tokens.get(k).text())) {
      return false;
    }
    for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
      if (tokens.get(j).is("called") || tokens.get(j).is("dubbed")) {
        return false; // "Gorab called the show “the conservative news show of …”": his words
      }
    }
    return true;
  }

  /** Whether the text ends with a colon just before {@code position}. */
  boolean endsWithColon(int position) {
    int k = tokens.tokenAt(position) - 1;
    return k >= 0 && tokens.get(k).is(":");
  }
}
