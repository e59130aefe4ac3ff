package io.newsdesk.quotes;

import java.util.Optional;

/**
 * A person's name, or two, introducing a quote with a colon: "Republican pollster Daron Shaw: “…”",
 * "- Mark Blumenthal and Jon Cohen: “…”", "More from Blumenthal and Cohen: “…”".
 */
final class ColonIntroductions {

  private final ArticleTokens tokens;
  private final SubjectPhrases phrases;
  private final SpeakerResolver resolver;

  ColonIntroductions(ArticleTokens tokens, SubjectPhrases phrases, SpeakerResolver resolver) {
    this.tokens = tokens;
    this.phrases = phrases;
    this.resolver = resolver;
  }

  /**
   * "… doesn’t surprise Republican pollster Daron Shaw: “…”", "Pollsters agree - Carl Bialik: “…”":
   * a person's name right before the colon that introduces the quote, opening the sentence or
   * following a dash or a role noun. After a verb or a preposition the name is whom the words are
   * about or addressed to ("Trump told Clinton: “…”"), so that is left to other rules.
   */
  Attribution nameBeforeColon(int lo, int hi) {
    if (hi - lo < 2 || !tokens.get(hi - 1).is(":") || !tokens.get(hi - 2).isCapitalized()) {
      return Attribution.NONE;
    }
    int start = phrases.nameRunStart(lo, hi - 2);
    if (start == lo || phrases.nameRunEnd(start, hi - 1) != hi - 1) {
      return Attribution.NONE; // a whole clause of names is the "Hegseth: “…”" rule's
    }
    int first = start;
    boolean pair = // "- Mark Blumenthal and Jon Cohen: “…”"
        start - 2 >= lo && tokens.get(start - 1).is("and") && tokens.get(start - 2).isCapitalized();
    if (pair) {
      first = phrases.nameRunStart(lo, start - 2);
    }
    Token before = first > lo ? tokens.get(first - 1) : null;
    boolean dash = before != null && ArticleTokens.isDash(before);
    boolean introduces =
        pair && before == null // "Jane Doe and Max Roe: “…”" opening the sentence
            || dash
            || before != null && before.is("from") // "More from Blumenthal and Cohen: “…”"
            || before != null
                && before.isLowerCaseWord()
                && !tokens.isVerb(first - 1)
                && (NameWords.PERSON_NOUNS.contains(before.text())
                    || NameWords.ROLE_WORDS.contains(before.text()));
    if (!introduces) {
      return Attribution.NONE;
    }
    if (pair) {
      Attribution one = resolver.resolvePerson(first, start - 1);
      Attribution other = resolver.resolvePerson(start, hi - 1);
      return one.speaker().isPresent() && other.speaker().isPresent()
          ? Attribution.of(Optional.of(one.speaker().get() + " and " + other.speaker().get()))
          : Attribution.NONE;
    }
    Attribution person = resolver.resolvePerson(start, hi - 1);
    return person.found() || !dash ? person : resolver.resolve(start, hi - 1); // "- HuffPollster:"
  }
}
