package io.newsdesk.eval;

import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.Ranker;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The excerpts one question could show, as the ranker sees them, and which hold a gold answer: one
 * line of the file that {@code eval ask --features} writes and {@link RankerFit} reads.
 *
 * @param id the question's id
 * @param rows the excerpts, in the order the current ranker puts them
 */
public record RankerRows(String id, List<Row> rows) {
  /**
   * @param article the excerpt's article id
   * @param x the ranker's feature values ({@link Ranker#FEATURES} order)
   * @param answers whether the excerpt holds a gold answer
   * @param relevant whether its article is one the question lists as relevant
   */
  public record Row(String article, double[] x, boolean answers, boolean relevant) {}

  static RankerRows of(AskEvaluation.Question q, List<AnswerService.Considered> considered) {
    List<String> gold = q.answers().stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
    Set<String> relevant =
        Set.copyOf(q.relevantArticleIds() == null ? List.of() : q.relevantArticleIds());
    return new RankerRows(
        q.id(),
        considered.stream()
            .map(
                c -> {
                  String text = c.excerpt().text().toLowerCase(Locale.ROOT);
                  String article = c.excerpt().citation().articleId();
                  return new Row(
                      article,
                      Ranker.values(c.signals()),
                      gold.stream().anyMatch(text::contains),
                      relevant.contains(article));
                })
            .toList());
  }
}
