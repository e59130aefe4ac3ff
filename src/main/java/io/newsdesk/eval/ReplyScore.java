package io.newsdesk.eval;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.Excerpt;
import io.newsdesk.render.PostedReply;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How one reply scores against a question's gold answers and relevant articles.
 *
 * @param answers a gold answer appears in the quoted text as shown
 * @param answersEarly a gold answer appears within the first {@link #EARLY} characters of it
 * @param citesFirst the first cited article is a relevant one
 * @param cites any cited article is a relevant one
 * @param quotedChars how many characters of quoted text the reply shows
 */
record ReplyScore(
    boolean answers, boolean answersEarly, boolean citesFirst, boolean cites, int quotedChars) {
  /** What a reader takes in at a glance: the first lines of a reply. */
  static final int EARLY = 250;

  static ReplyScore of(String reply, Answer answer, AskEvaluation.Question q) {
    String quoted = PostedReply.quotedText(reply).toLowerCase(Locale.ROOT);
    String early = quoted.substring(0, Math.min(EARLY, quoted.length()));
    List<String> gold = q.answers().stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
    Set<String> relevant =
        Set.copyOf(q.relevantArticleIds() == null ? List.of() : q.relevantArticleIds());
    List<String> cited = cited(answer);
    return new ReplyScore(
        gold.stream().anyMatch(quoted::contains),
        gold.stream().anyMatch(early::contains),
        !cited.isEmpty() && relevant.contains(cited.get(0)),
        cited.stream().anyMatch(relevant::contains),
        quoted.strip().length());
  }

  /** The ids of the articles a reply cites, in the order it shows them, each once. */
  static List<String> cited(Answer answer) {
    return answer.excerpts().stream()
        .map(Excerpt::citation)
        .map(c -> c.articleId())
        .distinct()
        .toList();
  }
}
