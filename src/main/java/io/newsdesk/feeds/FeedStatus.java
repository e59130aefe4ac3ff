package io.newsdesk.feeds;

import io.newsdesk.config.Feed;
import java.util.Optional;

/**
 * A followed feed as a listing shows it.
 *
 * @param configured in the configuration (file or environment), so only there can it be removed
 * @param state what the last poll left, empty before the first poll
 * @param articles how many of its articles the index holds
 */
public record FeedStatus(Feed feed, boolean configured, Optional<FeedState> state, int articles) {}
