package io.newsdesk.discord;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AskOptions;
import io.newsdesk.app.FeedControl;
import io.newsdesk.app.LiveIngest;
import io.newsdesk.app.Newsdesk;
import io.newsdesk.config.Config;
import io.newsdesk.index.IndexReport;
import io.newsdesk.index.SourceCatalog;
import io.newsdesk.whosaid.WhoSaidService;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * What the bot's commands call: the same services the CLI uses, behind small interfaces so that a
 * test can put a slow or failing one in their place.
 */
public record BotServices(
    AnswerSource answers,
    AskOptions askOptions,
    WhoSaidService whoSaid,
    SourceCatalog sources,
    Reindexer reindexer,
    FeedControl feeds,
    Config.Discord settings) {

  /** Answers a question; {@code AnswerService::ask} in production. */
  @FunctionalInterface
  public interface AnswerSource {
    Answer ask(String question, AskOptions options);
  }

  /** Brings the index in line with the configured articles. */
  @FunctionalInterface
  public interface Reindexer {
    IndexReport reindex() throws IOException;
  }

  /** The services of a Newsdesk that writes its index, without live ingest (tests, tools). */
  public static BotServices of(Newsdesk newsdesk) {
    return of(
        newsdesk,
        () ->
            newsdesk
                .updateFromConfig(new io.newsdesk.index.IngestProgress(), () -> false)
                .plus(newsdesk.indexFeeds(newsdesk.feeds().all(), () -> false)),
        new FeedControl(newsdesk, Optional.empty()));
  }

  /** The services of the running bot: /reindex and /feeds go through its live ingest. */
  public static BotServices of(Newsdesk newsdesk, LiveIngest live) {
    return of(
        newsdesk,
        () -> {
          try {
            return live.reindex().get();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while re-indexing", e);
          } catch (ExecutionException e) {
            throw new IOException(e.getCause());
          }
        },
        new FeedControl(newsdesk, Optional.of(live)));
  }

  /**
   * The services of a bot answering from a cluster: {@code newsdesk index} fills it, so /reindex
   * says so instead, and /feeds lists the configured feeds with what the cluster keeps of each.
   */
  public static BotServices onCluster(Newsdesk newsdesk) {
    return of(
        newsdesk,
        () -> {
          throw new IndexedElsewhere(
              "This bot answers from an OpenSearch cluster, which `newsdesk index` fills: run it"
                  + " where the articles are.");
        },
        new FeedControl(newsdesk, Optional.empty()));
  }

  /** A Newsdesk's answering services, with its way of re-indexing and of changing feeds. */
  private static BotServices of(Newsdesk newsdesk, Reindexer reindexer, FeedControl feeds) {
    return new BotServices(
        newsdesk.answers()::ask,
        newsdesk.askOptions(),
        newsdesk.whoSaid(),
        newsdesk.sources(),
        reindexer,
        feeds,
        newsdesk.config().discord());
  }

  /** This bot does not index: the message, for the admin who asked, says what does. */
  public static final class IndexedElsewhere extends IOException {
    public IndexedElsewhere(String message) {
      super(message);
    }
  }

  public BotServices withAnswers(AnswerSource other) {
    return new BotServices(other, askOptions, whoSaid, sources, reindexer, feeds, settings);
  }

  public BotServices withSettings(Config.Discord other) {
    return new BotServices(answers, askOptions, whoSaid, sources, reindexer, feeds, other);
  }
}
