package io.newsdesk.render;

import io.newsdesk.config.DurationText;
import io.newsdesk.feeds.FeedState;
import io.newsdesk.feeds.FeedStatus;
import io.newsdesk.ingest.OneLine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The followed feeds as a message: each with its last poll, how it went, and its articles. */
public final class FeedsRenderer {
  static final String NONE =
      "No feeds are followed. Add one with `feeds add URL` (or `/feeds add`), or list them under"
          + " `feeds:` in the config file.";

  private FeedsRenderer() {}

  public static String render(List<FeedStatus> feeds, Instant now) {
    if (feeds.isEmpty()) {
      return NONE;
    }
    StringBuilder out =
        new StringBuilder(
            "**%d feed%s followed:**".formatted(feeds.size(), feeds.size() == 1 ? "" : "s"));
    for (FeedStatus feed : feeds) {
      String line = "\n• " + line(feed, now);
      if (out.length() + line.length() > AnswerRenderer.MESSAGE_LIMIT - 2) {
        out.append("\n…");
        break;
      }
      out.append(line);
    }
    return out.toString();
  }

  static String line(FeedStatus feed, Instant now) {
    StringBuilder line = new StringBuilder();
    String name =
        feed.feed().name().or(() -> feed.state().flatMap(FeedState::feedTitle)).orElse("");
    if (!name.isBlank()) {
      line.append("**").append(DiscordMarkdown.escape(OneLine.of(name, 100))).append("** ");
    }
    line.append("<").append(feed.feed().url()).append(">");
    line.append(" · every ").append(DurationText.format(feed.feed().every()));
    line.append(feed.configured() ? " · configured" : " · added");
    line.append(" · ")
        .append(feed.articles())
        .append(feed.articles() == 1 ? " article" : " articles");
    if (feed.state().flatMap(FeedState::lastPoll).isEmpty()) {
      return line.append(" · not polled yet").toString();
    }
    FeedState state = feed.state().get();
    line.append(" · last poll ").append(ago(state.lastPoll().get(), now)).append(": ");
    line.append(state.status());
    state
        .error()
        .ifPresent(
            e ->
                line.append(" (")
                    .append(DiscordMarkdown.escape(OneLine.of(e, 200)))
                    .append("), next try ")
                    .append(in(state.nextPoll(), now)));
    return line.toString();
  }

  private static String ago(Instant then, Instant now) {
    Duration d = Duration.between(then, now);
    return d.isNegative() || d.toSeconds() < 60 ? "just now" : about(d) + " ago";
  }

  private static String in(Instant then, Instant now) {
    Duration d = Duration.between(now, then);
    return d.isNegative() || d.toSeconds() < 60 ? "now" : "in " + about(d);
  }

  private static String about(Duration d) {
    long minutes = d.toMinutes();
    if (minutes < 90) {
      return minutes + " min";
    }
    long hours = Math.round(minutes / 60.0);
    return hours < 48 ? hours + " h" : Math.round(hours / 24.0) + " days";
  }
}
