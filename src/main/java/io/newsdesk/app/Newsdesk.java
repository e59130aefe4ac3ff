package io.newsdesk.app;

import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.AskOptions;
import io.newsdesk.config.Config;
import io.newsdesk.config.ConfigLoader;
import io.newsdesk.index.FileIndexer;
import io.newsdesk.index.IndexFolder;
import io.newsdesk.index.IndexInUseException;
import io.newsdesk.index.IndexReport;
import io.newsdesk.index.IngestProgress;
import io.newsdesk.index.NewsIndex;
import io.newsdesk.index.NewsIndexWriter;
import io.newsdesk.index.SourceCatalog;
import io.newsdesk.quotes.QuoteExtractor;
import io.newsdesk.whosaid.WhoSaidService;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The running application, wired by hand: configuration, the index, and the services the commands
 * call. Opened either to write the index (the bot, {@code index}), which keeps it in line with the
 * configured articles, or only to read it (every question command), which works while another
 * process writes.
 */
public final class Newsdesk implements Closeable {
  private final Config config;
  private final Path home;
  private final Optional<NewsIndexWriter> writer;
  private final Optional<FileIndexer> files;
  private final NewsIndex index;
  private final AnswerService answers;
  private final WhoSaidService whoSaid;
  private final SourceCatalog sources;

  private Newsdesk(Config config, Path home, Optional<NewsIndexWriter> writer, NewsIndex index)
      throws IOException {
    this.config = config;
    this.home = home;
    this.writer = writer;
    this.index = index;
    this.files =
        writer.isPresent()
            ? Optional.of(new FileIndexer(writer.get(), quoteFinder()))
            : Optional.empty();
    this.answers = new AnswerService(index, Clock.systemDefaultZone(), config.answer().timeLimit());
    this.whoSaid = new WhoSaidService(index, answers);
    this.sources = new SourceCatalog(index);
  }

  /** The quotation stage of indexing: one extractor, stateless, shared by every thread. */
  private static io.newsdesk.index.QuoteFinder quoteFinder() {
    QuoteExtractor extractor = new QuoteExtractor();
    return extractor::extract;
  }

  /** The configuration file to use: the given one, {@code NEWSDESK_CONFIG}, or the default. */
  static Config loadConfig(Optional<Path> configFile, Map<String, String> env, Path home) {
    Path file =
        configFile.orElseGet(
            () ->
                Optional.ofNullable(env.get("NEWSDESK_CONFIG"))
                    .map(Path::of)
                    .orElse(home.resolve("config/newsdesk.yaml")));
    return ConfigLoader.load(file, env);
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
    IndexFolder folder = IndexFolder.forWriting(home.resolve(config.index().path()));
    NewsIndexWriter writer = NewsIndexWriter.open(folder, live);
    try {
      return new Newsdesk(config, home, Optional.of(writer), writer.index());
    } catch (IOException | RuntimeException e) {
      writer.close();
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
    Path home = home(env);
    Config config = loadConfig(configFile, env, home);
    Optional<NewsIndex> existing =
        IndexReading.open(IndexFolder.at(home.resolve(config.index().path())));
    if (existing.isPresent()) {
      try {
        return new Newsdesk(config, home, Optional.empty(), existing.get());
      } catch (IOException | RuntimeException e) {
        existing.get().close();
        throw e;
      }
    }
    Newsdesk built = forWriting(configFile, env, false);
    try {
      IndexReading.say("building the index from the configured articles (first run)…");
      built.updateFromConfig(new IngestProgress(), () -> false);
      return built;
    } catch (IOException | RuntimeException e) {
      built.close();
      throw e;
    }
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
   * Brings the index in line with the configured articles: new and changed files in, files gone
   * from disk or from the configuration out. Commits at the end (and every few seconds).
   */
  public synchronized IndexReport updateFromConfig(IngestProgress progress, BooleanSupplier stop)
      throws IOException {
    FileIndexer indexer = files.orElseThrow(Newsdesk::readOnly);
    IndexReport report = indexer.update(configuredRoots(), true, progress, stop);
    writer.get().commit();
    return report;
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

  public NewsIndex index() {
    return index;
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
    if (writer.isPresent()) {
      writer.get().close();
    } else {
      index.close();
    }
  }
}
