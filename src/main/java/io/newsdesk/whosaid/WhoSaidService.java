package io.newsdesk.whosaid;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.AskOptions;
import io.newsdesk.search.QuoteRecord;
import io.newsdesk.search.SearchBackend;
import java.util.List;
import java.util.Optional;

/**
 * Finds quotations in the index: who said a phrase, what a person said, and suggestions for
 * autocomplete. A speaker is named only when an article names one; a phrase that matches no
 * quotation is looked up in the articles' text, so the reply can say where the words appear.
 */
public final class WhoSaidService {
  /** Longer input is cut here. */
  static final int MAX_PHRASE_CHARS = 10_000;

  private final SearchBackend index;
  private final AnswerService passages;

  /** Tried in this order: the first that finds a quotation answers. */
  private final List<QuoteLookup> lookups;

  /**
   * @param passages answers over the same index, used to show where words appear in the news when
   *     nobody is quoted saying them
   */
  public WhoSaidService(SearchBackend index, AnswerService passages) {
    this.index = index;
    this.passages = passages;
    this.lookups = List.of(new ExactWords(index.analyzer()), new RewordedPhrase(index.analyzer()));
  }

  /** The quotation that best matches a half-remembered phrase, with its speaker and sources. */
  public WhoSaidAnswer whoSaid(String phrase) {
    String text = phrase == null ? "" : phrase;
    if (text.length() > MAX_PHRASE_CHARS) {
      text = text.substring(0, MAX_PHRASE_CHARS);
    }
    PhraseWords words = PhraseWords.of(index.analyzer(), text);
    if (words.isEmpty()) {
      return new WhoSaidAnswer(
          text, WhoSaidAnswer.Status.EMPTY, Optional.empty(), List.of(), List.of());
    }
    for (QuoteLookup lookup : lookups) {
      String asked = text;
      List<QuoteMatch> matches = index.read(s -> lookup.find(s, asked));
      if (!matches.isEmpty()) {
        return attribute(text, matches, lookup.name());
      }
    }
    return notQuoted(text);
  }

  /**
   * Decides who said it: among the matches as good as the best one, the speaker most of them name.
   * The quotation shown is the best match by that speaker; sources are the articles that print the
   * same quotation with that speaker or none.
   */
  private WhoSaidAnswer attribute(String phrase, List<QuoteMatch> matches, String lookup) {
    double best = matches.get(0).coverage();
    List<QuoteMatch> top = matches.stream().filter(m -> m.coverage() >= best - 0.1).toList();
    Optional<String> speaker = majoritySpeaker(top);
    List<QuoteMatch> agreeing =
        top.stream()
            .filter(
                m ->
                    m.quote()
                        .speaker()
                        .map(s -> speaker.map(c -> Speakers.samePerson(s, c)).orElse(false))
                        .orElse(true))
            .toList();
    QuoteMatch shown =
        agreeing.stream()
            .filter(m -> m.quote().speaker().isPresent() == speaker.isPresent())
            .findFirst()
            .orElse(agreeing.get(0));
    QuoteRecord quote = withFullName(shown.quote(), agreeing);
    return new WhoSaidAnswer(
        phrase,
        speaker.isPresent() ? WhoSaidAnswer.Status.FOUND : WhoSaidAnswer.Status.UNATTRIBUTED,
        Optional.of(quote),
        QuoteSources.of(index.analyzer(), shown.quote(), agreeing),
        List.of(),
        Optional.of(lookup));
  }

  private static Optional<String> majoritySpeaker(List<QuoteMatch> top) {
    String chosen = null;
    int chosenVotes = 0;
    for (QuoteMatch candidate : top) {
      Optional<String> name = candidate.quote().speaker();
      if (name.isEmpty()) {
        continue;
      }
      int votes = 0;
      for (QuoteMatch other : top) {
        if (other.quote().speaker().map(o -> Speakers.samePerson(o, name.get())).orElse(false)) {
          votes++;
        }
      }
      if (votes > chosenVotes) {
        chosen = name.get();
        chosenVotes = votes;
      }
    }
    return Optional.ofNullable(chosen);
  }

  /** The speaker's longest name and a role, from whichever article gives them. */
  private static QuoteRecord withFullName(QuoteRecord quote, List<QuoteMatch> agreeing) {
    if (quote.speaker().isEmpty()) {
      return quote;
    }
    String name = quote.speaker().get();
    Optional<String> role = quote.role();
    for (QuoteMatch m : agreeing) {
      Optional<String> other = m.quote().speaker();
      if (other.isPresent() && other.get().length() > name.length()) {
        name = other.get();
      }
      if (role.isEmpty()) {
        role = m.quote().role();
      }
    }
    return new QuoteRecord(
        quote.text(),
        Optional.of(name),
        role,
        quote.citation(),
        quote.start(),
        quote.end(),
        quote.sieve());
  }

  /** No quotation holds the words: say where they appear in the news, if anywhere. */
  private WhoSaidAnswer notQuoted(String phrase) {
    AskOptions options = new AskOptions(3, 1, Optional.empty(), ExactWords.MIN_COVERAGE);
    Answer answer = passages.ask(phrase, options);
    return new WhoSaidAnswer(
        phrase,
        answer.status() == Answer.Status.ANSWERED
            ? WhoSaidAnswer.Status.NOT_A_QUOTE
            : WhoSaidAnswer.Status.NO_MATCH,
        Optional.empty(),
        List.of(),
        answer.excerpts());
  }

  /** What a person said, newest first; the name may be partial ("Hegseth"). */
  public List<QuoteRecord> quotesBy(String speaker, int limit) {
    return SpeakerQuotes.quotesBy(index, speaker, limit);
  }

  /** Indexed quotations matching what the user has typed so far, for autocomplete. */
  public List<QuoteRecord> suggestQuotes(String typed, int limit) {
    return SpeakerQuotes.suggestQuotes(index, typed, limit);
  }

  /** Known speakers whose name matches what the user has typed so far, for autocomplete. */
  public List<String> suggestSpeakers(String typed, int limit) {
    return SpeakerQuotes.suggestSpeakers(index, typed, limit);
  }
}
