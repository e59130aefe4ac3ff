package io.newsdesk.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything Newsdesk can be told, loaded once by {@link ConfigLoader#load}. Each record checks its
 * own values, naming the key, so a wrong value stops start-up with a message that says which.
 */
public record Config(
    @JsonProperty(required = true) Articles articles,
    @JsonProperty(required = true) Index index,
    @JsonProperty(required = true) Answer answer,
    Discord discord,
    List<Feed> feeds,
    Fetch fetch,
    Metrics metrics,
    Logging log,
    OpenSearch opensearch) {

  public Config {
    require(articles != null, "articles: section is missing");
    require(index != null, "index: section is missing");
    require(answer != null, "answer: section is missing");
    discord = discord == null ? Discord.defaults() : discord;
    feeds = feeds == null ? List.of() : List.copyOf(feeds);
    fetch = fetch == null ? Fetch.defaults() : fetch;
    metrics = metrics == null ? Metrics.defaults() : metrics;
    log = log == null ? Logging.defaults() : log;
    opensearch = opensearch == null ? OpenSearch.defaults() : opensearch;
  }

  /**
   * Prometheus metrics of the running bot, served over HTTP at {@code /metrics}: off unless a port
   * is given, and on the loopback address unless another is (in a container, 0.0.0.0 lets the
   * host's Prometheus reach it through a published port).
   */
  public record Metrics(int port, String address) {
    public Metrics {
      require(port >= 0 && port <= 65_535, "port: must be 0 (off) to 65535, was " + port);
      require(
          address != null && !address.isBlank() && !address.contains("/"),
          "address: must be an address to listen on, such as 127.0.0.1 or 0.0.0.0, was " + address);
    }

    /** Off, on 127.0.0.1: for every key a file leaves out. */
    public static Metrics defaults() {
      return new Metrics(0, "127.0.0.1");
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean enabled() {
      return port > 0;
    }
  }

  /**
   * Where the articles are: files or folders, relative to the Newsdesk home; and how often the
   * running bot looks for new, changed or deleted files (0: only on start and /reindex).
   */
  public record Articles(List<String> paths, int refreshMinutes) {
    /** Used when a config file does not say. */
    public static final int DEFAULT_REFRESH_MINUTES = 10;

    public Articles {
      require(paths != null && !paths.isEmpty(), "paths: give at least one file or folder");
      require(paths.stream().noneMatch(p -> p == null || p.isBlank()), "paths: an entry is empty");
      require(
          refreshMinutes >= 0 && refreshMinutes <= 1440,
          "refresh-minutes: must be 0 (off) to 1440, was " + refreshMinutes);
      paths = List.copyOf(paths);
    }
  }

  /**
   * Where the Lucene index lives, and whether articles are also indexed by meaning (their title and
   * lead embedded by a small model that runs inside Newsdesk), so that a question finds them in
   * other words too; and which backend holds the index: the embedded Lucene index ({@value
   * #LUCENE}) or an OpenSearch cluster ({@value #OPENSEARCH}, see {@link OpenSearch}).
   */
  public record Index(String path, boolean semantic, String backend) {
    public static final String LUCENE = "lucene";
    public static final String OPENSEARCH = "opensearch";

    public Index {
      require(path != null && !path.isBlank(), "path: must name a folder");
      backend = backend == null ? LUCENE : backend;
      require(
          backend.equals(LUCENE) || backend.equals(OPENSEARCH),
          "backend: must be lucene or opensearch, was " + backend);
    }

    /** The embedded Lucene index. */
    public Index(String path, boolean semantic) {
      this(path, semantic, LUCENE);
    }

    /** {@code data/index}, semantic, Lucene: used for every key a config file leaves out. */
    public static Index defaults() {
      return new Index("data/index", true, LUCENE);
    }
  }

  /**
   * The OpenSearch cluster, when {@code index.backend} is {@code opensearch}. The user name and
   * password are not here: they come from the environment only ({@code
   * NEWSDESK_OPENSEARCH_USERNAME}, {@code NEWSDESK_OPENSEARCH_PASSWORD}).
   *
   * @param hosts the nodes' HTTP addresses, such as {@code https://search-1:9200}
   * @param indexPrefix the start of every index and alias name Newsdesk uses on the cluster, so
   *     that several bots (or a test and a bot) can share one cluster
   * @param tlsVerify whether the nodes' certificates are checked (against the JVM's trusted
   *     authorities) and their host names matched; off only for a test cluster
   * @param shards primary shards of each index {@code newsdesk index} makes
   * @param replicas copies of each shard on other nodes
   */
  public record OpenSearch(
      List<String> hosts, String indexPrefix, boolean tlsVerify, int shards, int replicas) {
    public static final String DEFAULT_PREFIX = "newsdesk";

    public OpenSearch {
      hosts = hosts == null ? List.of() : List.copyOf(hosts);
      for (String host : hosts) {
        require(
            host != null && host.matches("https?://[^/\\s]+(:\\d+)?/?"),
            "hosts: each must be http:// or https:// with a host and an optional port, was "
                + host);
      }
      indexPrefix = indexPrefix == null ? DEFAULT_PREFIX : indexPrefix;
      require(
          indexPrefix.matches("[a-z0-9][a-z0-9_-]{0,99}"),
          "index-prefix: lower-case letters, digits, - and _, starting with a letter or digit,"
              + " was "
              + indexPrefix);
      require(shards >= 1 && shards <= 1024, "shards: must be 1 to 1024, was " + shards);
      require(replicas >= 0 && replicas <= 16, "replicas: must be 0 to 16, was " + replicas);
    }

    /** For a connection only: one shard and one copy of it, which new indices then get. */
    public OpenSearch(List<String> hosts, String indexPrefix, boolean tlsVerify) {
      this(hosts, indexPrefix, tlsVerify, 1, 1);
    }

    /** No hosts, prefix {@value #DEFAULT_PREFIX}, certificates checked, one shard, one copy. */
    public static OpenSearch defaults() {
      return new OpenSearch(List.of(), DEFAULT_PREFIX, true, 1, 1);
    }
  }

  /**
   * How replies look: how many excerpts, how many per article, how much of a question a passage
   * must cover (share of the question's weighted terms) to count as an answer, and how long one
   * question may take before the reply gives what it has, or says it took too long.
   */
  public record Answer(
      int excerpts,
      int perArticle,
      double minCoverage,
      @JsonDeserialize(using = DurationText.Reader.class)
          @JsonSerialize(using = DurationText.Writer.class)
          Duration timeLimit) {
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(5);

    public Answer {
      require(excerpts >= 1 && excerpts <= 10, "excerpts: must be 1 to 10, was " + excerpts);
      require(
          perArticle >= 1 && perArticle <= 10, "per-article: must be 1 to 10, was " + perArticle);
      require(
          minCoverage > 0 && minCoverage <= 1,
          "min-coverage: must be above 0 and at most 1, was " + minCoverage);
      timeLimit = timeLimit == null ? DEFAULT_TIME_LIMIT : timeLimit;
      require(
          timeLimit.toMillis() >= 100 && timeLimit.toSeconds() <= 60,
          "time-limit: must be 100ms to 60s, was " + DurationText.format(timeLimit));
    }

    /** Three excerpts, one per article, 0.3 coverage, 5 s: for every key a file leaves out. */
    public static Answer defaults() {
      return new Answer(3, 1, 0.3, DEFAULT_TIME_LIMIT);
    }
  }

  /**
   * How the Discord bot behaves. The token is not here: it comes from the environment ({@code
   * DISCORD_TOKEN}) only. Every key may be left out; {@link #defaults()} fills it in.
   *
   * @param guildId register the slash commands to this server only (instant, for testing), else
   *     globally
   * @param rateLimitPerMinute questions one user may ask per minute
   * @param askChannels channels where every message is a question (needs MESSAGE_CONTENT)
   * @param allowedChannels when not empty, the only channels the bot answers in (DMs always work)
   * @param totalShards how many shards the bot runs as in all
   * @param shards which of them this process runs; empty for all
   */
  public record Discord(
      Optional<Long> guildId,
      int rateLimitPerMinute,
      List<Long> askChannels,
      List<Long> allowedChannels,
      int totalShards,
      List<Integer> shards) {
    public Discord {
      guildId = guildId == null ? Optional.empty() : guildId;
      require(
          guildId.isEmpty() || guildId.get() > 0,
          "guild-id: must be a server id (a positive number), was " + guildId.orElse(0L));
      require(
          rateLimitPerMinute >= 1 && rateLimitPerMinute <= 600,
          "rate-limit-per-minute: must be 1 to 600, was " + rateLimitPerMinute);
      askChannels = ids(askChannels, "ask-channels");
      allowedChannels = ids(allowedChannels, "allowed-channels");
      require(
          totalShards >= 1 && totalShards <= 10_000,
          "total-shards: must be 1 to 10000, was " + totalShards);
      shards = shards == null ? List.of() : List.copyOf(shards);
      for (int shard : shards) {
        require(
            shard >= 0 && shard < totalShards,
            "shards: " + shard + " is not a shard of 0 to " + (totalShards - 1));
      }
      require(
          shards.stream().distinct().count() == shards.size(), "shards: a shard is listed twice");
    }

    /** A single shard, 6 questions per user per minute, no ask channels, every channel allowed. */
    public static Discord defaults() {
      return new Discord(Optional.empty(), 6, List.of(), List.of(), 1, List.of());
    }

    /** The shards this process runs: the configured ones, or all of them. */
    public List<Integer> shardsToRun() {
      return shards.isEmpty()
          ? java.util.stream.IntStream.range(0, totalShards).boxed().toList()
          : shards;
    }

    private static List<Long> ids(List<Long> ids, String key) {
      List<Long> copy = ids == null ? List.of() : List.copyOf(ids);
      require(
          copy.stream().allMatch(id -> id > 0),
          key + ": must be channel ids (positive numbers), was " + copy);
      return copy;
    }
  }

  static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
