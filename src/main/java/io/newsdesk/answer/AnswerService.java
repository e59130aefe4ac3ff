package io.newsdesk.answer;

import io.newsdesk.index.Fields;
import io.newsdesk.index.NewsIndex;
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
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;

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

  private final NewsIndex index;
  private final Clock clock;
  private final Duration timeLimit;
  private final Synonyms synonyms;
  private final QuestionWords questionWords;

  public AnswerService(NewsIndex index, Clock clock) {
    this(index, clock, io.newsdesk.config.Config.Answer.DEFAULT_TIME_LIMIT);
  }

  /**
   * @param timeLimit how long one question may take: past it the reply is made of the excerpts
   *     ready by then, or says the question took too long
   */
  public AnswerService(NewsIndex index, Clock clock, Duration timeLimit) {
    this.index = index;
    this.clock = clock;
    this.timeLimit = timeLimit;
    this.synonyms = Synonyms.load(index.analyzer(), Fields.TEXT);
    this.questionWords = QuestionWords.load(index.analyzer(), Fields.TEXT);
  }

  public Answer ask(String question, AskOptions options) {
    String text = question == null ? "" : question;
    if (text.length() > MAX_QUESTION_CHARS) {
      text = text.substring(0, MAX_QUESTION_CHARS);
    }
    List<QuestionTerms.Token> tokens =
        questionWords.strip(QuestionTerms.tokens(index.analyzer(), Fields.TEXT, text));
    if (tokens.isEmpty()) {
      return new Answer(text, Answer.Status.NOT_A_QUESTION, List.of());
    }
    String asked = text;
    long deadline = System.nanoTime() + timeLimit.toNanos();
    List<Excerpt> excerpts =
        index.withSearcher(searcher -> excerpts(searcher, tokens, options, deadline));
    if (excerpts.isEmpty()) {
      return new Answer(
          asked,
          System.nanoTime() > deadline ? Answer.Status.TOO_SLOW : Answer.Status.NO_MATCH,
          excerpts);
    }
    return new Answer(asked, Answer.Status.ANSWERED, excerpts);
  }

  private List<Excerpt> excerpts(
      IndexSearcher searcher, List<QuestionTerms.Token> tokens, AskOptions options, long deadline)
      throws IOException {
    Map<String, Double> idf = weights(searcher.getIndexReader(), QuestionTerms.distinct(tokens));
    Map<String, Set<String>> alternatives = new HashMap<>();
    for (String term : idf.keySet()) {
      Set<String> others = new HashSet<>(synonyms.of(term));
      others.removeAll(idf.keySet());
      if (!others.isEmpty()) {
        alternatives.put(term, others);
      }
    }
    QueryTerms terms = new QueryTerms(idf, alternatives);
    double total = terms.total();
    List<Candidate> candidates =
        PassageSearch.search(searcher, tokens, terms, options.asOf(), LocalDate.now(clock));
    List<Excerpt> scored = new ArrayList<>();
    for (Candidate candidate : candidates) {
      if (System.nanoTime() > deadline) {
        break; // what is ready is the answer: a question may not hold a thread past its limit
      }
      List<QuestionTerms.Token> passageTokens =
          QuestionTerms.tokens(index.analyzer(), Fields.TEXT, candidate.text());
      double coverage = coverage(candidate, passageTokens, terms) / total;
      if (coverage < options.minCoverage()) {
        continue;
      }
      ExcerptPicker.Pick pick = ExcerptPicker.pick(candidate.text(), passageTokens, terms);
      if (pick.weight() <= 0) {
        continue;
      }
      String excerpt = candidate.text().substring(pick.start(), pick.end());
      scored.add(
          new Excerpt(
              candidate.citation(),
              excerpt,
              candidate.start() + pick.start(),
              candidate.start() + pick.end(),
              Highlights.find(passageTokens, terms.highlightable(), pick.start(), pick.end()),
              candidate.score() * (0.25 + coverage),
              candidate.cutBefore() && pick.start() == 0,
              candidate.cutAfter() && pick.end() == candidate.text().length()));
    }
    scored.sort(Comparator.comparingDouble(Excerpt::score).reversed());
    Map<String, Integer> perArticle = new HashMap<>();
    List<Excerpt> chosen = new ArrayList<>();
    for (Excerpt excerpt : scored) {
      if (chosen.size() == options.excerpts()) {
        break;
      }
      int count = perArticle.merge(excerpt.citation().identity(), 1, Integer::sum);
      if (count <= options.perArticle() && !overlaps(chosen, excerpt)) {
        chosen.add(excerpt);
      }
    }
    return chosen;
  }

  private static Set<String> lowerWords(String text) {
    Set<String> words = new HashSet<>();
    for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /** The summed weight of question words that the passage or its title contains. */
  private double coverage(
      Candidate candidate, List<QuestionTerms.Token> passageTokens, QueryTerms terms) {
    Set<String> present = new HashSet<>();
    passageTokens.forEach(t -> present.add(t.term()));
    QuestionTerms.tokens(index.analyzer(), Fields.TITLE_TEXT, candidate.citation().title())
        .forEach(t -> present.add(t.term()));
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
  static Map<String, Double> weights(IndexReader reader, List<String> terms) throws IOException {
    long docs = Math.max(1, reader.getDocCount(Fields.TEXT));
    Map<String, Double> all = new LinkedHashMap<>();
    for (String term : terms) {
      long df = reader.docFreq(new Term(Fields.TEXT, term));
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
