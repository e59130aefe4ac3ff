package io.newsdesk.app;

import io.newsdesk.config.Feed;
import io.newsdesk.feeds.FeedList;
import io.newsdesk.feeds.FeedState;
import io.newsdesk.feeds.FeedStatus;
import io.newsdesk.index.FeedRecords;
import io.newsdesk.index.NewsIndex;
import io.newsdesk.ingest.OneLine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Listing, adding and removing feeds, for {@code newsdesk feeds} and {@code /feeds}. Added feeds go
 * to the list in the index folder; a running bot notices within a second and polls a new feed at
 * once; feeds of the configuration can only be removed there.
 */
public final class FeedControl {
  /**
   * Why feeds cannot be added or removed here on a cluster: every process sharing it must follow
   * the same feeds, so they are set where all of them read them.
   */
  public static final String ON_CLUSTER =
      "on an OpenSearch cluster the followed feeds are those of the configuration (`feeds:` in the"
          + " config file, or NEWSDESK_FEEDS), which every process sharing the cluster reads:"
          + " change it there, then run `newsdesk index` (it polls new feeds at once) and restart"
          + " the bots; `newsdesk feeds remove URL` takes the articles of a feed no longer listed"
          + " out of the cluster.";

  private final FollowedFeeds followed;
  private final Optional<NewsIndex> index;
  private final Optional<LiveIngest> live;
  private final Optional<ClusterFeedUpdates> cluster;

  /** For listing and changing feeds in a running Newsdesk (the bot, or a command reading). */
  public FeedControl(Newsdesk newsdesk, Optional<LiveIngest> live) {
    this(newsdesk, live, newsdesk.clusterFeeds());
  }

  private FeedControl(
      Newsdesk newsdesk, Optional<LiveIngest> live, Optional<ClusterFeedUpdates> cluster) {
    this(
        newsdesk.feeds(),
        cluster.isPresent() ? Optional.empty() : Optional.of(newsdesk.index()),
        live,
        cluster);
  }

  /** For changing the feed list only, without the index (feeds add, feeds remove). */
  public FeedControl(FollowedFeeds followed) {
    this(followed, Optional.empty(), Optional.empty(), Optional.empty());
  }

  private FeedControl(
      FollowedFeeds followed,
      Optional<NewsIndex> index,
      Optional<LiveIngest> live,
      Optional<ClusterFeedUpdates> cluster) {
    this.followed = followed;
    this.index = index;
    this.live = live;
    this.cluster = cluster;
  }

  /** What an add or a remove did, in one sentence for the user. */
  public record Outcome(boolean done, String message) {}

  public List<FeedStatus> list() {
    if (cluster.isPresent()) {
      return clusterList(cluster.get());
    }
    return followed.all().stream()
        .map(
            feed -> {
              FeedRecords.Known known =
                  index
                      .map(i -> FeedRecords.of(i, feed.url()))
                      .orElse(new FeedRecords.Known(Optional.empty(), 0));
              return new FeedStatus(
                  feed, followed.isConfigured(feed.url()), known.state(), known.articles());
            })
        .toList();
  }

  /** The configured feeds, with what the cluster keeps of each. */
  private static List<FeedStatus> clusterList(ClusterFeedUpdates feeds) {
    try {
      Map<String, FeedState> states = feeds.states();
      List<FeedStatus> list = new ArrayList<>();
      for (Feed feed : feeds.followed()) {
        list.add(
            new FeedStatus(
                feed,
                true,
                Optional.ofNullable(states.get(feed.url())),
                (int) Math.min(Integer.MAX_VALUE, feeds.articleCount(feed.url()))));
      }
      return list;
    } catch (IOException | RuntimeException e) {
      throw new ClusterUnavailable(
          "cannot read the feeds on the OpenSearch cluster (" + ClusterUnavailable.reason(e) + ")");
    }
  }

  /**
   * On a cluster: a feed that no configuration lists any longer leaves with its articles. One the
   * configuration lists stays (the bots would poll it again at once).
   */
  private Outcome removeFromCluster(ClusterFeedUpdates feeds, String url) {
    if (feeds.followed().stream().anyMatch(f -> FeedList.sameUrl(f.url(), url))) {
      return new Outcome(
          false,
          "Not removed: "
              + url
              + " is in the configuration (config file or NEWSDESK_FEEDS); take it out there"
              + " first, for every process that shares the cluster.");
    }
    try {
      Optional<String> known = feeds.known(url);
      if (known.isEmpty()) {
        return new Outcome(false, "Not removed: the cluster holds no feed " + url + ".");
      }
      long articles = feeds.remove(known.get());
      return new Outcome(
          true, "Removed " + known.get() + ": its " + articles + " articles left the cluster.");
    } catch (IOException e) {
      return new Outcome(false, "Not removed: " + OneLine.of(e.getMessage(), 300));
    }
  }

  public Outcome add(String url, Optional<String> name) {
    if (cluster.isPresent()) {
      return new Outcome(false, "Not added: " + ON_CLUSTER);
    }
    Feed feed;
    try {
      feed = new Feed(url, name, Feed.DEFAULT_EVERY);
    } catch (IllegalArgumentException e) {
      return new Outcome(false, "Not added: " + OneLine.of(e.getMessage(), 200));
    }
    if (followed.isConfigured(feed.url())) {
      return new Outcome(false, "Already followed: it is in the configuration.");
    }
    try {
      boolean isNew = followed.added().add(feed);
      live.ifPresent(l -> l.pollSoon(feed.url()));
      String when =
          live.isPresent()
              ? "it is polled now, then every "
                  + io.newsdesk.config.DurationText.format(feed.every())
              : "the running bot polls it within a second; otherwise the next `newsdesk index` does";
      return new Outcome(
          true,
          (isNew ? "Added " : "Updated ")
              + feed.url()
              + feed.name().map(n -> " (" + n + ")").orElse("")
              + ": "
              + when
              + ".");
    } catch (IOException e) {
      return new Outcome(false, "Not added: " + OneLine.of(e.getMessage(), 300));
    }
  }

  public Outcome remove(String url) {
    if (cluster.isPresent()) {
      return removeFromCluster(cluster.get(), url);
    }
    if (followed.isConfigured(url)) {
      return new Outcome(
          false,
          "Not removed: "
              + url
              + " is in the configuration (config file or NEWSDESK_FEEDS);"
              + " remove it there.");
    }
    try {
      if (!followed.added().remove(url)) {
        return new Outcome(false, "Not removed: " + url + " is not among the added feeds.");
      }
      return new Outcome(
          true,
          "Removed "
              + url
              + ": its articles leave the index "
              + (live.isPresent() ? "now." : "when the bot or the next `newsdesk index` runs."));
    } catch (IOException e) {
      return new Outcome(false, "Not removed: " + OneLine.of(e.getMessage(), 300));
    }
  }
}
