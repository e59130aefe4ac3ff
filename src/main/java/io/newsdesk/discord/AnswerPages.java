package io.newsdesk.discord;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AskOptions;
import io.newsdesk.answer.Excerpt;
import io.newsdesk.metrics.Meters;
import io.newsdesk.render.AnswerEmbeds;
import io.newsdesk.render.EmbedReply;
import java.util.ArrayList;
import java.util.List;

/** An answer cut into pages of excerpts: the first is the reply, the rest "More sources". */
final class AnswerPages {
  /** How many pages one question fetches at most. */
  static final int MAX_PAGES = 4;

  private AnswerPages() {}

  /** The options that fetch every page at once: the configured excerpts times the pages. */
  static AskOptions fetching(AskOptions options) {
    return new AskOptions(
        options.excerpts() * MAX_PAGES,
        options.perArticle(),
        options.asOf(),
        options.minCoverage());
  }

  static Reply reply(Answer answer, int pageSize) {
    if (answer.status() != Answer.Status.ANSWERED || answer.excerpts().isEmpty()) {
      return Reply.of(AnswerEmbeds.render(answer))
          .endedAs(
              answer.status() == Answer.Status.TOO_SLOW
                  ? Meters.Outcome.ERROR
                  : Meters.Outcome.NOTHING_FOUND);
    }
    return paged(answer.excerpts(), pageSize);
  }

  static Reply paged(List<Excerpt> excerpts, int pageSize) {
    List<EmbedReply> pages = new ArrayList<>();
    int count = (excerpts.size() + pageSize - 1) / pageSize;
    for (int i = 0; i < count; i++) {
      List<Excerpt> page =
          excerpts.subList(i * pageSize, Math.min(excerpts.size(), (i + 1) * pageSize));
      String note = count == 1 ? "" : "Sources, page %d of %d".formatted(i + 1, count);
      pages.add(AnswerEmbeds.excerpts(page, note));
    }
    return new Reply(pages, false);
  }
}
