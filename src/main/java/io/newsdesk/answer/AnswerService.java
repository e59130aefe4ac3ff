package io.newsdesk.answer;

import io.newsdesk.index.Fields;
import io.newsdesk.search.SearchBackend;
import io.newsdesk.search.Snapshot;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers a question from the index with verbatim excerpts, best articles first. A passage is shown
 * only when it covers enough of the question's weighted words; otherwise the answer says that
 * nothing matched rather than showing noise.
 */
public final class AnswerService {
  /** Longer input is cut here; nobody types a question longer than this. */
  static final int MAX_QUESTION_CHARS = 10_000;

  /** The rarest words of a very long question are the ones that matter. */
  static final int MAX_TERMS = 48;

  /**
   * Added to every word's weight, so that in a small index the words every article shares (the
   * topic itself: "NATO" among NATO stories) still count for something.
   */
  static final double IDF_FLOOR = 0.5;

  /** Share of shared words above which two excerpts count as the same text. */
  static final double NEAR_DUPLICATE = 0.8;

  private static final java.util.regex.Pattern NOT_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}']+");

  private final SearchBackend index;
  private final Clock clock;
  private final Duration timeLimit;
  private final QuestionEmbedder embedder;
  private final Synonyms synonyms;
  private final QuestionWords questionWords;

  public AnswerService(SearchBackend index, Clock clock) {
    this(index, clock, io.newsdesk.config.Config.Answer.DEFAULT_TIME_LIMIT);
  }

  /**
   * @param timeLimit how long one question may take: past it the reply is made of the excerpts
   *     ready by then, or says the question took too long
   */
  public AnswerService(SearchBackend index, Clock clock, Duration timeLimit) {
    this(index, clock, timeLimit, QuestionEmbedder.NONE);
  }

  /**
   * @param embedder the question's vector, for finding articles by meaning as well as by words
   */
  public AnswerService(
      SearchBackend index, Clock clock, Duration timeLimit, QuestionEmbedder embedder) {
    this.index = index;
    this.clock = clock;
    this.timeLimit = timeLimit;
    this.embedder = embedder;
    this.synonyms = Synonyms.load(index.analyzer(), Fields.TEXT);
    this.questionWords = QuestionWords.load(index.analyzer(), Fields.TEXT);
  }

  public Answer ask(String question, AskOptions options) {
    String text = question == null ? "" : question;
    if (text.length() > MAX_QUESTION_CHARS) {
      text = text.substring(0, MAX_QUESTION_CHARS);
    }
    long deadline = System.nanoTime() + timeLimit.toNanos();
    Answer answer = answer(text, options, deadline);
    if (answer.status() != Answer.Status.NO_MATCH) {
      return answer;
    }
    String asked = text;
    Optional<Spelling.Corrected> corrected =
        index.read(snapshot -> Spelling.correct(snapshot, index.analyzer(), asked));
    if (corrected.isEmpty()) {
      return answer;
    }
    Answer second = answer(corrected.get().question(), options, deadline);
    if (second.status() != Answer.Status.ANSWERED) {
      return answer;
    }
    return new Answer(
        asked, Answer.Status.ANSWERED, second.excerpts(), corrected.get().corrections());
  }

  private Answer answer(String text, AskOptions options, long deadline) {
    List<QuestionTerms.Token> tokens = questionTokens(text);
    if (tokens.isEmpty()) {
      return new Answer(text, Answer.Status.NOT_A_QUESTION, List.of());
    }
    List<Excerpt> excerpts =
        index.read(snapshot -> excerpts(snapshot, text, tokens, options, deadline));
    if (excerpts.isEmpty()) {
      return new Answer(
          text,
          System.nanoTime() > deadline ? Answer.Status.TOO_SLOW : Answer.Status.NO_MATCH,
          excerpts);
    }
    return new Answer(text, Answer.Status.ANSWERED, excerpts);
  }

  /**
   * An excerpt the question could show, with what the ranker knew of it: for fitting the ranker and
   * for finding what went wrong.
   */
  public record Considered(Excerpt excerpt, Ranker.Signals signals) {}

  /** Every excerpt the question could show, in the ranker's order (nothing is left out). */
  public List<Considered> consider(String question, AskOptions options) {
    List<QuestionTerms.Token> tokens = questionTokens(question);
    if (tokens.isEmpty()) {
      return List.of();
    }
    return index.read(snapshot -> considered(snapshot, question, tokens, options, Long.MAX_VALUE));
  }

  /** The question's words, without the words every question has ("what", "did"). */
  private List<QuestionTerms.Token> questionTokens(String question) {
    return questionWords.strip(QuestionTerms.tokens(index.analyzer(), Fields.TEXT, question));
  }

  private QueryTerms queryTerms(Snapshot snapshot, List<QuestionTerms.Token> tokens)
      throws IOException {
    Map<String, Double> idf = weights(snapshot, QuestionTerms.distinct(tokens));
    Map<String, Set<String>> alternatives = new HashMap<>();
    for (String term : idf.keySet()) {
      Set<String> others = new HashSet<>(synonyms.of(term));
      others.removeAll(idf.keySet());
      if (!others.isEmpty()) {
        alternatives.put(term, others);
      }
    }
    return new QueryTerms(idf, alternatives);
  }

  private List<Excerpt> excerpts(
      Snapshot snapshot,
      String question,
      List<QuestionTerms.Token> tokens,
      AskOptions options,
      long deadline)
      throws IOException {
    Map<String, Integer> perArticle = new HashMap<>();
    List<Excerpt> chosen = new ArrayList<>();
    for (Considered c : considered(snapshot, question, tokens, options, deadline)) {
      if (chosen.size() == options.excerpts()) {
        break;
      }
      Excerpt excerpt = c.excerpt();
      if (overlaps(chosen, excerpt)
          || perArticle.getOrDefault(excerpt.citation().identity(), 0) >= options.perArticle()) {
        continue; // a repeat of what is shown holds no article's place
      }
      perArticle.merge(excerpt.citation().identity(), 1, Integer::sum);
      chosen.add(excerpt);
    }
    return chosen;
  }

  /**
   * The excerpts of the candidate passages that cover enough of the question, best first; among
   * equals the newer article first.
   */
  private List<Considered> considered(
      Snapshot snapshot,
      String question,
      List<QuestionTerms.Token> tokens,
      AskOptions options,
      long deadline)
      throws IOException {
    QueryTerms terms = queryTerms(snapshot, tokens);
    double total = terms.total();
    ExcerptPicker.Asked asking = ExcerptPicker.Asked.of(question, terms);
    LocalDate day = options.asOf().orElse(LocalDate.now(clock));
    Optional<AskedPeriod> period = AskedPeriod.of(question, day);
    boolean latest = AskedPeriod.asksLatest(question);
    List<Candidate> candidates =
        PassageSearch.search(
            snapshot, tokens, terms, options.asOf(), day, period, embedder.embed(question));
    double best = candidates.stream().mapToDouble(Candidate::score).max().orElse(1);
    List<Draft> drafts = new ArrayList<>();
    Map<String, Set<String>> titles = new HashMap<>(); // an article's passages share its title
    for (int rank = 0; rank < candidates.size(); rank++) {
      Candidate candidate = candidates.get(rank);
      if (System.nanoTime() > deadline) {
        break; // what is ready is the answer: a question may not hold a thread past its limit
      }
      List<QuestionTerms.Token> passageTokens =
          QuestionTerms.counted(index.analyzer(), Fields.TEXT, candidate.text(), terms);
      Set<String> titleTerms =
          titles.computeIfAbsent(candidate.citation().title(), title -> titleTerms(title, terms));
      double coverage = coverage(passageTokens, titleTerms, terms) / total;
      if (coverage < options.minCoverage()) {
        continue;
      }
      ExcerptPicker.Pick pick = ExcerptPicker.pick(candidate.text(), passageTokens, asking);
      if (pick.weight() > 0) {
        drafts.add(new Draft(rank, candidate, passageTokens, titleTerms, coverage, pick));
      }
    }
    Set<String> asked = terms.idf().keySet();
    List<Considered> out = new ArrayList<>();
    for (Draft draft : drafts) {
      Candidate candidate = draft.candidate();
      ExcerptPicker.Pick pick = draft.pick();
      Optional<LocalDate> published = candidate.citation().published();
      long age = published.map(p -> Math.max(0, day.toEpochDay() - p.toEpochDay())).orElse(-1L);
      Set<String> excerptTerms = new HashSet<>();
      for (QuestionTerms.Token t : draft.tokens()) {
        if (t.start() >= pick.start() && t.end() <= pick.end()) {
          excerptTerms.add(t.term());
        }
      }
      Ranker.Signals signals =
          new Ranker.Signals(
              draft.rank(),
              candidate.lexicalRank(),
              candidate.meaningRank(),
              best > 0 ? candidate.score() / best : 0,
              draft.coverage(),
              pick.words(),
              pick.evidence(),
              pick.quote(),
              pick.windowWords(),
              age,
              period.isPresent() && published.map(period.get()::contains).orElse(false),
              period.isPresent() && published.map(p -> !period.get().contains(p)).orElse(false),
              latest,
              candidate.start(),
              share(asked, draft.titleTerms()),
              share(asked, excerptTerms));
      out.add(new Considered(excerpt(draft, terms, Ranker.score(signals)), signals));
    }
    out.sort(
        Comparator.comparingDouble((Considered c) -> -c.excerpt().score())
            .thenComparing(
                c -> c.excerpt().citation().published().orElse(LocalDate.MIN),
                Comparator.reverseOrder()));
    return out;
  }

  /** A candidate passage that covers enough of the question, and its chosen excerpt. */
  record Draft(
      int rank,
      Candidate candidate,
      List<QuestionTerms.Token> tokens,
      Set<String> titleTerms,
      double coverage,
      ExcerptPicker.Pick pick) {
    String excerptText() {
      return candidate.text().substring(pick.start(), pick.end());
    }
  }

  private static Excerpt excerpt(Draft draft, QueryTerms terms, double score) {
    Candidate candidate = draft.candidate();
    ExcerptPicker.Pick pick = draft.pick();
    return new Excerpt(
        candidate.citation(),
        draft.excerptText(),
        candidate.start() + pick.start(),
        candidate.start() + pick.end(),
        Highlights.find(draft.tokens(), terms.idf().keySet(), pick.start(), pick.end()),
        score,
        candidate.cutBefore() && pick.start() == 0,
        candidate.cutAfter() && pick.end() == candidate.text().length());
  }

  /** The question's terms and synonyms in an article's title. */
  private Set<String> titleTerms(String title, QueryTerms terms) {
    Set<String> present = new HashSet<>();
    if (title != null) {
      QuestionTerms.counted(index.analyzer(), Fields.TITLE_TEXT, title, terms)
          .forEach(t -> present.add(t.term()));
    }
    return present;
  }

  private static double share(Set<String> asked, Set<String> present) {
    if (asked.isEmpty()) {
      return 0;
    }
    return asked.stream().filter(present::contains).count() / (double) asked.size();
  }

  private static Set<String> lowerWords(String text) {
    Set<String> words = new HashSet<>();
    for (String w : NOT_WORD.split(text.toLowerCase(java.util.Locale.ROOT))) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /** The summed weight of question words that the passage or its title contains. */
  private static double coverage(
      List<QuestionTerms.Token> passageTokens, Set<String> titleTerms, QueryTerms terms) {
    Set<String> present = new HashSet<>(titleTerms);
    passageTokens.forEach(t -> present.add(t.term()));
    return terms.weight(present);
  }

  /**
   * The same story reprinted by two outlets would fill two of the few excerpts with the same words:
   * an excerpt whose words are mostly those of one already chosen is skipped.
   */
  private static boolean overlaps(List<Excerpt> chosen, Excerpt excerpt) {
    Set<String> words = lowerWords(excerpt.text());
    for (Excerpt other : chosen) {
      Set<String> shared = new HashSet<>(lowerWords(other.text()));
      int otherSize = shared.size();
      shared.retainAll(words);
      if (shared.size() >= NEAR_DUPLICATE * Math.min(words.size(), otherSize)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Inverse document frequency of each question term, as BM25 computes it; a term the index has
   * never seen gets the highest weight, so questions about unknown things do not match by their
   * common words alone. Only the {@link #MAX_TERMS} rarest terms are kept.
   */
  static Map<String, Double> weights(Snapshot snapshot, List<String> terms) throws IOException {
    long docs = Math.max(1, snapshot.passageCount());
    Map<String, Double> all = new LinkedHashMap<>();
    Map<String, Long> with = snapshot.passagesWith(terms);
    for (String term : terms) {
      long df = with.getOrDefault(term, 0L);
      all.put(term, IDF_FLOOR + Math.log(1 + (docs - df + 0.5) / (df + 0.5)));
    }
    if (all.size() <= MAX_TERMS) {
      return all;
    }
    Map<String, Double> kept = new LinkedHashMap<>();
    all.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(MAX_TERMS)
        .forEach(e -> kept.put(e.getKey(), e.getValue()));
    return kept;
  }
}
