package io.newsdesk.discord;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AskOptions;
import io.newsdesk.app.Newsdesk;
import io.newsdesk.config.Config;
import io.newsdesk.index.IndexReport;
import io.newsdesk.index.SourceCatalog;
import io.newsdesk.whosaid.WhoSaidService;
import java.io.IOException;

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

  public static BotServices of(Newsdesk newsdesk) {
    return new BotServices(
        newsdesk.answers()::ask,
        newsdesk.askOptions(),
        newsdesk.whoSaid(),
        newsdesk.sources(),
        () -> newsdesk.updateFromConfig(new io.newsdesk.index.IngestProgress(), () -> false),
        newsdesk.config().discord());
  }

  public BotServices withAnswers(AnswerSource other) {
    return new BotServices(other, askOptions, whoSaid, sources, reindexer, settings);
  }

  public BotServices withSettings(Config.Discord other) {
    return new BotServices(answers, askOptions, whoSaid, sources, reindexer, other);
  }
}
