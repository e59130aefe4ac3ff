package io.newsdesk.app;

import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.AskOptions;
import io.newsdesk.answer.QuestionEmbedder;
import io.newsdesk.config.Config;
import io.newsdesk.config.ConfigException;
import io.newsdesk.config.ConfigLoader;
import io.newsdesk.config.Feed;
import io.newsdesk.embed.Embedder;
import io.newsdesk.feeds.FeedList;
import io.newsdesk.feeds.FeedState;
import io.newsdesk.index.ArticleEmbedder;
import io.newsdesk.index.FileIndexer;
import io.newsdesk.index.IndexFolder;
import io.newsdesk.index.IndexInUseException;
import io.newsdesk.index.IndexReport;
import io.newsdesk.index.IngestProgress;
import io.newsdesk.index.NewsIndex;
import io.newsdesk.index.NewsIndexWriter;
import io.newsdesk.index.QuoteFinder;
import io.newsdesk.index.SourceCatalog;
import io.newsdesk.logs.LogSetup;
import io.newsdesk.opensearch.ClusterConnection;
import io.newsdesk.opensearch.ClusterIngest;
import io.newsdesk.opensearch.FilesReport;
import io.newsdesk.quotes.QuoteExtractor;
import io.newsdesk.search.SearchBackend;
import io.newsdesk.whosaid.WhoSaidService;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running application, wired by hand: configuration, the index, and the services the commands
 * call. Opened either to write the index (the bot, {@code index}), which keeps it in line with the
 * configured articles, or only to read it (every question command), which works while another
 * process writes.
 */
public final class Newsdesk implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(Newsdesk.class);
  private final Config config;
  private final Path home;
  private final Optional<NewsIndexWriter> writer;
  private final Optional<FileIndexer> files;
  private final Optional<FeedUpdates> feedUpdates;
  private final FollowedFeeds followed;
  private final Optional<NewsIndex> index;
  private final Optional<ClusterConnection> cluster;
  private ClusterFeedUpdates clusterFeeds; // made on first use, closed with this Newsdesk
  private final AnswerService answers;
  private final WhoSaidService whoSaid;
  private final SourceCatalog sources;
  private final IndexFolder folder;

  private Newsdesk(
      Config config,
      Path home,
      IndexFolder folder,
      Optional<NewsIndexWriter> writer,
      NewsIndex index)
      throws IOException {
    this(config, home, folder, writer, index, Optional.of(index), Optional.empty());
  }

  /**
   * @param search what answers: the embedded index, or the cluster
   */
  private Newsdesk(
      Config config,
      Path home,
      IndexFolder folder,
      Optional<NewsIndexWriter> writer,
      SearchBackend search,
      Optional<NewsIndex> index,
      Optional<ClusterConnection> cluster)
      throws IOException {
    this.config = config;
    this.home = home;
    this.folder = folder;
    this.writer = writer;
    this.index = index;
    this.cluster = cluster;
    this.followed = new FollowedFeeds(config, new FeedList(folder.feedsFile()));
    QuoteFinder quotes = quoteFinder();
    ArticleEmbedder vectors =
        config.index().semantic() ? Embedder.articles() : ArticleEmbedder.NONE;
    this.files =
        writer.isPresent()
            ? Optional.of(new FileIndexer(writer.get(), quotes, vectors))
            : Optional.empty();
    this.feedUpdates = writer.map(w -> new FeedUpdates(config, followed, w, quotes, vectors));
    this.answers =
        new AnswerService(
            search,
            Clock.systemDefaultZone(),
            config.answer().timeLimit(),
            config.index().semantic() ? Embedder.questions() : QuestionEmbedder.NONE);
    this.whoSaid = new WhoSaidService(search, answers);
    this.sources = new SourceCatalog(search);
  }

  /** The quotation stage of indexing: one extractor, stateless, shared by every thread. */
  static QuoteFinder quoteFinder() {
    QuoteExtractor extractor = new QuoteExtractor();
    return extractor::extract;
  }

  /**
   * The configuration file to use: the given one, {@code NEWSDESK_CONFIG}, or the default. Its
   * {@code log} section applies from here on.
   */
  static Config loadConfig(Optional<Path> configFile, Map<String, String> env, Path home) {
    Path file =
        configFile.orElseGet(
            () ->
                Optional.ofNullable(env.get("NEWSDESK_CONFIG"))
                    .map(Path::of)
                    .orElse(home.resolve("config/newsdesk.yaml")));
    Config config = ConfigLoader.load(file, env);
    if (onCluster(config) && config.opensearch().hosts().isEmpty()) {
      throw new ConfigException(
          file + ": index.backend is opensearch: set opensearch.hosts to the cluster's nodes");
    }
    LogSetup.apply(config.log());
    return config;
  }

  /**
   * Opens the index to write it, as its only writer.
   *
   * @param live whether new articles must be searchable here within a second (the bot)
   * @throws IndexInUseException when another process writes it
   */
  public static Newsdesk forWriting(
      Optional<Path> configFile, Map<String, String> env, boolean live) throws IOException {
    Path home = home(env);
    Config config = loadConfig(configFile, env, home);
    if (onCluster(config)) {
      throw new ConfigException(
          "index.backend is opensearch: the cluster is filled by `newsdesk index`, and every"
              + " other command reads it");
    }
    ModelLoading.startFor(config);
    IndexFolder folder = IndexFolder.forWriting(home.resolve(config.index().path()));
    NewsIndexWriter writer = NewsIndexWriter.open(folder, live);
    try {
      return new Newsdesk(config, home, folder, Optional.of(writer), writer.index());
    } catch (IOException | RuntimeException e) {
      writer.close();
      throw e;
    }
  }

  /**
   * Opens the index as last committed, only to look at it: nothing is built or written. Empty when
   * there is no index yet, or none of this format (for {@code health}).
   */
  public static Optional<Newsdesk> ifIndexed(Optional<Path> configFile, Map<String, String> env)
      throws IOException {
    Path home = home(env);
    Config config = loadConfig(configFile, env, home);
    ModelLoading.startFor(config);
    IndexFolder folder = IndexFolder.at(home.resolve(config.index().path()));
    if (onCluster(config)) {
      return ClusterReading.open(config, env)
          .map(
              c -> {
                try {
                  return new Newsdesk(
                      config,
                      home,
                      folder,
                      Optional.empty(),
                      c.search(),
                      Optional.empty(),
                      Optional.of(c.connection()));
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
    }
    Optional<NewsIndex> existing = IndexReading.open(folder);
    if (existing.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Newsdesk(config, home, folder, Optional.empty(), existing.get()));
    } catch (IOException | RuntimeException e) {
      existing.get().close();
      throw e;
    }
  }

  /**
   * Opens the index to answer questions. The index as last committed is read, even while another
   * process (the bot) writes it; when there is none yet, or it must be rebuilt, and nobody else
   * writes it, it is built here first from the configured articles.
   */
  public static Newsdesk forReading(Optional<Path> configFile, Map<String, String> env)
      throws IOException {
    Optional<Newsdesk> existing = ifIndexed(configFile, env);
    if (existing.isPresent()) {
      return existing.get();
    }
    if (onCluster(loadConfig(configFile, env, home(env)))) {
      throw new ClusterUnavailable(
          "the cluster holds no articles of Newsdesk yet: run `newsdesk index` to fill it");
    }
    Newsdesk built = forWriting(configFile, env, false);
    try {
      IndexReading.say("building the index from the configured articles and feeds (first run)…");
      built.updateFromConfig(new IngestProgress(), () -> false);
      built.indexFeeds(built.feeds().all(), () -> false);
      return built;
    } catch (IOException | RuntimeException e) {
      built.close();
      throw e;
    }
  }

  /** What {@code newsdesk index} did on a cluster: the files' rebuild, then the feeds' polls. */
  public record ClusterFill(FilesReport files, IndexReport feeds) {}

  /**
   * {@code newsdesk index} on a cluster, holding the cluster's ingest lease: writes the configured
   * article files that changed into it (or, the first time, with {@code rebuild}, or for a new
   * index format, fills new indices and puts them behind the aliases, the feeds' articles copied
   * over), then polls every configured feed.
   */
  public static ClusterFill fillCluster(
      Optional<Path> configFile, Map<String, String> env, boolean rebuild)
      throws IOException, InterruptedException {
    Path home = home(env);
    Config config = loadConfig(configFile, env, home);
    if (!onCluster(config)) {
      throw new IllegalStateException("index.backend is not opensearch");
    }
    ModelLoading.startFor(config);
    return ClusterWrites.fill(config, home, env, rebuild);
  }

  /**
   * The feeds of this Newsdesk on a cluster (for {@code /feeds} and {@code feeds}); empty when its
   * index is embedded.
   */
  public synchronized Optional<ClusterFeedUpdates> clusterFeeds() {
    if (clusterFeeds == null && cluster.isPresent()) {
      clusterFeeds = ClusterWrites.feedUpdates(config, cluster.get());
    }
    return Optional.ofNullable(clusterFeeds);
  }

  /**
   * Starts polling the configured feeds into the cluster, in rounds shared with every other bot on
   * it (see {@link ClusterFeedRounds}); nothing to start without feeds.
   */
  public Optional<ClusterFeedRounds> followFeedsOnCluster() {
    if (config.feeds().isEmpty()) {
      return Optional.empty();
    }
    ClusterConnection connection =
        cluster.orElseThrow(() -> new IllegalStateException("the index is not on a cluster"));
    return Optional.of(
        new ClusterFeedRounds(
                connection,
                config.opensearch().indexPrefix(),
                clusterFeeds().orElseThrow(),
                Clock.systemUTC())
            .start(ClusterFeedRounds.ROUND));
  }

  /**
   * Writes the configured article files that changed into the cluster this Newsdesk reads, holding
   * the ingest lease (for {@code newsdesk ingest}).
   *
   * @throws ClusterIngest.LeaseTaken when another process is writing: nothing was written
   */
  public FilesReport updateCluster() throws IOException, InterruptedException {
    ClusterConnection connection =
        cluster.orElseThrow(() -> new IllegalStateException("the index is not on a cluster"));
    return ClusterIngest.underLease(
        connection,
        config.opensearch().indexPrefix(),
        held -> ClusterWrites.files(config, home, connection, false, held));
  }

  /** Whether the configuration puts the index on a cluster. */
  public static boolean configuredOnCluster(Optional<Path> configFile, Map<String, String> env) {
    return onCluster(loadConfig(configFile, env, home(env)));
  }

  /**
   * Waits until the embedding model (loading since the configuration was read) is ready, so that
   * the first question is answered as fast as any other; returns at once when it is not used.
   */
  public void awaitModel() {
    ModelLoading.await(config);
  }

  /**
   * The followed feeds, from the configuration alone: for changing the list without opening the
   * index. The list lives in the index folder, which is claimed (or refused) as for writing.
   */
  public static FollowedFeeds followedFeeds(Optional<Path> configFile, Map<String, String> env) {
    Path home = home(env);
    Config config = loadConfig(configFile, env, home);
    IndexFolder folder = IndexFolder.forWriting(home.resolve(config.index().path()));
    return new FollowedFeeds(config, new FeedList(folder.feedsFile()));
  }

  /** Where relative paths in the configuration start: the Newsdesk folder. */
  public static Path home(Map<String, String> env) {
    String home = System.getProperty("newsdesk.home", env.getOrDefault("NEWSDESK_HOME", "."));
    return Path.of(home).toAbsolutePath().normalize();
  }

  /** The configured article folders and files, as indexing roots. */
  public List<FileIndexer.Root> configuredRoots() {
    return config.articles().paths().stream()
        .map(p -> new FileIndexer.Root(home.resolve(p), false))
        .toList();
  }

  /**
   * Brings the index in line with the configured article files: new and changed files in, files
   * gone from disk or from the configuration out, and the articles of feeds no longer followed out
   * too. Commits at the end (and every few seconds). Feeds are polled by {@link #indexFeeds}.
   */
  public synchronized IndexReport updateFromConfig(IngestProgress progress, BooleanSupplier stop)
      throws IOException {
    FileIndexer indexer = files.orElseThrow(Newsdesk::readOnly);
    IndexReport report = indexer.update(configuredRoots(), true, progress, stop);
    report = report.plus(feedUpdates.orElseThrow(Newsdesk::readOnly).removeUnfollowed());
    writer.get().commit();
    return report;
  }

  /**
   * Empties the index and builds it again from the configured files and feeds (the feed list and
   * the folder are kept). Other processes read it as it fills: it commits every few seconds. Feed
   * items that their feeds no longer list cannot come back.
   */
  public synchronized IndexReport rebuild(IngestProgress progress, BooleanSupplier stop)
      throws IOException {
    writer.orElseThrow(Newsdesk::readOnly).removeEverything();
    files.orElseThrow(Newsdesk::readOnly).forget();
    IndexReport report = updateFromConfig(progress, stop);
    return report.plus(indexFeeds(followed.all(), stop));
  }

  /** The feeds this Newsdesk follows. */
  public FollowedFeeds feeds() {
    return followed;
  }

  /**
   * Polls these feeds now (a conditional GET each: unchanged feeds cost little) and indexes what
   * they bring, committing after each feed. The polling holds no lock: files keep being indexed.
   */
  public IndexReport indexFeeds(List<Feed> which, BooleanSupplier stop) throws IOException {
    return feedUpdates.orElseThrow(Newsdesk::readOnly).index(which, stop);
  }

  /** What the index remembers of each feed it polled, by address. */
  public Map<String, FeedState> feedStates() throws IOException {
    return feedUpdates.orElseThrow(Newsdesk::readOnly).states();
  }

  /** Removes one feed's articles (after {@code feeds remove}); returns how many. */
  public int removeFeed(String url) throws IOException {
    return feedUpdates.orElseThrow(Newsdesk::readOnly).remove(url);
  }

  /** Indexes the given files or folders now; they stay until they are gone from disk. */
  public synchronized IndexReport update(
      List<Path> paths, IngestProgress progress, BooleanSupplier stop) throws IOException {
    FileIndexer indexer = files.orElseThrow(Newsdesk::readOnly);
    List<FileIndexer.Root> roots = paths.stream().map(p -> new FileIndexer.Root(p, true)).toList();
    IndexReport report = indexer.update(roots, false, progress, stop);
    writer.get().commit();
    return report;
  }

  /** Updates just the paths a folder watcher saw change; commits. */
  public synchronized IndexReport updatePaths(List<Path> changed) throws IOException {
    FileIndexer indexer = files.orElseThrow(Newsdesk::readOnly);
    IndexReport report = indexer.updatePaths(changed, configuredRoots());
    writer.get().commit();
    return report;
  }

  private static IllegalStateException readOnly() {
    return new IllegalStateException("this Newsdesk was opened to read the index, not to write it");
  }

  /** The writer, when this Newsdesk writes the index. */
  public Optional<NewsIndexWriter> writer() {
    return writer;
  }

  /** The embedded index; not there when the index is on a cluster. */
  public NewsIndex index() {
    return index.orElseThrow(
        () -> new IllegalStateException("the index is on a cluster, not embedded"));
  }

  static boolean onCluster(Config config) {
    return config.index().backend().equals(Config.Index.OPENSEARCH);
  }

  /** Newsdesk's own folder: the index, the feed list, the bot's state. */
  public IndexFolder folder() {
    return folder;
  }

  public AnswerService answers() {
    return answers;
  }

  public WhoSaidService whoSaid() {
    return whoSaid;
  }

  public SourceCatalog sources() {
    return sources;
  }

  public AskOptions askOptions() {
    Config.Answer a = config.answer();
    return new AskOptions(a.excerpts(), a.perArticle(), Optional.empty(), a.minCoverage());
  }

  public Config config() {
    return config;
  }

  public Path home() {
    return home;
  }

  @Override
  public void close() throws IOException {
    feedUpdates.ifPresent(FeedUpdates::close);
    synchronized (this) {
      if (clusterFeeds != null) {
        clusterFeeds.close();
      }
    }
    if (writer.isPresent()) {
      writer.get().close();
    } else if (index.isPresent()) {
      index.get().close();
    }
    if (cluster.isPresent()) {
      cluster.get().close();
    }
  }
}
