package io.newsdesk.feeds;

import java.util.List;

/**
 * What one poll of a feed brought: the feed's new state, the new or updated articles, and one line
 * for each item that could not be read as it should (its page, its text).
 */
public record FeedPoll(FeedState state, List<FeedArticle> articles, List<String> notes) {
  public FeedPoll {
    articles = List.copyOf(articles);
    notes = List.copyOf(notes);
  }

  public boolean failed() {
    return "failing".equals(state.status());
  }
}
