package io.newsdesk.app;

import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.AskOptions;
import io.newsdesk.config.Config;
import io.newsdesk.config.ConfigLoader;
import io.newsdesk.index.IndexReport;
import io.newsdesk.index.NewsIndex;
import io.newsdesk.index.SourceCatalog;
import io.newsdesk.whosaid.WhoSaidService;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running application, wired by hand: configuration, the index kept in line with the configured
 * articles, and the services the commands call.
 */
public final class Newsdesk implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(Newsdesk.class);

  private final Config config;
  private final Path home;
  private final NewsIndex index;
  private final AnswerService answers;
  private final WhoSaidService whoSaid;
  private final SourceCatalog sources;

  private Newsdesk(Config config, Path home, NewsIndex index) {
    this.config = config;
    this.home = home;
    this.index = index;
    this.answers = new AnswerService(index, Clock.systemDefaultZone());
    this.whoSaid = new WhoSaidService(index, answers);
    this.sources = new SourceCatalog(index);
  }

  /** Loads the configuration and opens the index, without indexing anything yet. */
  public static Newsdesk open(Optional<Path> configFile, Map<String, String> env)
      throws IOException {
    Path home = home(env);
    Path file =
        configFile.orElseGet(
            () ->
                Optional.ofNullable(env.get("NEWSDESK_CONFIG"))
                    .map(Path::of)
                    .orElse(home.resolve("config/newsdesk.yaml")));
    Config config = ConfigLoader.load(file, env);
    return new Newsdesk(config, home, NewsIndex.open(home.resolve(config.index().path())));
  }

  /** Where relative paths in the configuration start: the Newsdesk folder. */
  public static Path home(Map<String, String> env) {
    String home = System.getProperty("newsdesk.home", env.getOrDefault("NEWSDESK_HOME", "."));
    return Path.of(home).toAbsolutePath().normalize();
  }

  /** Brings the index in line with the configured article paths; logs and returns the summary. */
  public IndexReport updateFromConfig() throws IOException {
    return update(config.articles().paths().stream().map(home::resolve).toList());
  }

  /** Synchronized: the bot's /reindex and its periodic refresh may ask at the same time. */
  public synchronized IndexReport update(List<Path> paths) throws IOException {
    IndexReport report = index.updater().update(paths);
    index.commit();
    if (report.indexed() + report.failed() + report.skipped() + report.removed() > 0) {
      LOG.info("index: {}", report.summary());
    }
    return report;
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

  @Override
  public void close() throws IOException {
    index.close();
  }
}
