package io.newsdesk.discord;

import io.newsdesk.metrics.Meters;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;
import org.javacord.api.entity.message.Message;
import org.javacord.api.event.message.MessageCreateEvent;
import org.javacord.api.listener.message.MessageCreateListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Questions asked in messages: a mention of the bot, a DM, or any message in an ask channel. The
 * answer is a reply to the message; the first two work without the privileged MESSAGE_CONTENT
 * intent, since Discord shows the bot the content of messages that mention it and of DMs.
 */
final class MessageQuestions implements MessageCreateListener {
  private static final Logger LOG = LoggerFactory.getLogger(MessageQuestions.class);
  private static final Pattern MENTION = Pattern.compile("<@!?(\\d+)>");

  /** How questions asked in messages are counted, beside the slash commands. */
  static final String COMMAND = "message";

  private final BotServices services;
  private final UserRateLimiter limiter;
  private final Replier replier;
  private final ExecutorService workers;

  MessageQuestions(
      BotServices services, UserRateLimiter limiter, Replier replier, ExecutorService workers) {
    this.services = services;
    this.limiter = limiter;
    this.replier = replier;
    this.workers = workers;
  }

  @Override
  public void onMessageCreate(MessageCreateEvent event) {
    Message message = event.getMessage();
    if (message.getAuthor().isYourself() || message.getAuthor().isBotUser()) {
      return;
    }
    Optional<String> question = question(event, message);
    if (question.isEmpty()) {
      return;
    }
    Optional<Duration> wait = limiter.tryAcquire(message.getAuthor().getId());
    if (wait.isPresent()) {
      Meters.question(COMMAND, Meters.Outcome.REFUSED, Duration.ZERO);
      send(message, Reply.text(UserRateLimiter.politeRefusal(wait.get())));
      return;
    }
    CompletableFuture.supplyAsync(() -> answer(question.get()), workers)
        .thenAccept(reply -> send(message, reply))
        .exceptionally(e -> InteractionRouter.logged("reply to a message", e));
  }

  private Optional<String> question(MessageCreateEvent event, Message message) {
    if (!message.canYouReadContent()) {
      return Optional.empty();
    }
    long yourself = event.getApi().getYourself().getId();
    boolean mentioned = message.getMentionedUsers().stream().anyMatch(u -> u.getId() == yourself);
    long channel = event.getChannel().getId();
    boolean dm = event.isPrivateMessage();
    boolean askChannel = services.settings().askChannels().contains(channel);
    if (!dm && !mentioned && !askChannel) {
      return Optional.empty();
    }
    if (!dm && !ChannelRules.allowed(services.settings(), channel)) {
      return Optional.empty();
    }
    String text = MENTION.matcher(message.getContent()).replaceAll(" ").strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private Reply answer(String question) {
    return TimedReplies.made(
            COMMAND,
            () -> AskCommand.answer(services, question),
            e -> LOG.error("answering a message failed", e))
        .orElseGet(() -> Reply.text(InteractionRouter.FAILED));
  }

  /** A reply to the question's message, so the answer shows which question it answers. */
  private void send(Message question, Reply reply) {
    JavacordReplies.message(reply.first(), replier.firstMore(reply))
        .replyTo(question)
        .send(question.getChannel())
        .exceptionally(e -> InteractionRouter.logged("reply to a message", e));
  }
}
