package io.newsdesk.app;

import io.newsdesk.config.Config;
import io.newsdesk.config.Feed;
import io.newsdesk.feeds.FeedList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feeds Newsdesk follows: those of the configuration (its file and {@code NEWSDESK_FEEDS}) and
 * those added with {@code feeds add} or {@code /feeds add}, one entry per address.
 */
public final class FollowedFeeds {
  private static final Logger LOG = LoggerFactory.getLogger(FollowedFeeds.class);

  private final List<Feed> configured;
  private final FeedList added;
  private volatile String lastProblem;

  FollowedFeeds(Config config, FeedList added) {
    this.configured = config.feeds();
    this.added = added;
  }

  /** The list {@code feeds add} and {@code feeds remove} change. */
  public FeedList added() {
    return added;
  }

  /** Every feed to follow, configured ones first. */
  public List<Feed> all() {
    Map<String, Feed> all = new LinkedHashMap<>();
    for (Feed feed : configured) {
      all.putIfAbsent(key(feed.url()), feed);
    }
    FeedList.Loaded loaded = added.load();
    String problem = loaded.problem().orElse(null);
    if (problem != null && !problem.equals(lastProblem)) {
      LOG.warn("{}; following the configured feeds only until it is fixed", problem);
    }
    lastProblem = problem; // said once, not at every look
    for (Feed feed : loaded.feeds()) {
      all.putIfAbsent(key(feed.url()), feed);
    }
    return List.copyOf(all.values());
  }

  /**
   * Whether the list of added feeds can be read. While it cannot (a typo in it), {@link #all()}
   * gives the configured feeds only, and no feed may be taken for unfollowed: its articles stay.
   */
  public boolean complete() {
    return added.load().problem().isEmpty();
  }

  /** Whether a feed is in the configuration (file or environment) rather than added. */
  public boolean isConfigured(String url) {
    return configured.stream().anyMatch(f -> FeedList.sameUrl(f.url(), url));
  }

  private static String key(String url) {
    return url.strip().toLowerCase(Locale.ROOT);
  }
}
