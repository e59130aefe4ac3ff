package io.newsdesk.discord.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.javacord.api.DiscordApi;
import org.javacord.api.entity.channel.ServerTextChannel;
import org.javacord.api.entity.message.MessageBuilder;
import org.javacord.api.entity.message.component.ActionRow;
import org.javacord.api.entity.message.component.Button;
import org.javacord.api.event.message.MessageCreateEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

final class DiscordEmulatorMessageTest {

  @RegisterExtension final JavacordSession session = new JavacordSession();

  private DiscordEmulator emulator() {
    return session.emulator();
  }

  private ServerTextChannel news() {
    return session
        .api()
        .getServerTextChannelById(emulator().world().newsChannel().id())
        .orElseThrow();
  }

  /**
   * The client answers each message not its own with what {@code answer} builds, pinging nobody.
   */
  private void answerOthers(Function<MessageCreateEvent, MessageBuilder> answer) {
    session
        .api()
        .addMessageCreateListener(
            event -> {
              if (!event.getMessageAuthor().isYourself()) {
                answer
                    .apply(event)
                    .setAllowedMentions(JavacordClients.noPings())
                    .send(event.getChannel());
              }
            });
  }

  @Test
  @DisplayName("Content over 2000 characters is refused with 400 and flagged")
  void tooLongContent() {
    session.logIn();

    var send =
        new MessageBuilder()
            .setContent("x".repeat(2001))
            .setAllowedMentions(JavacordClients.noPings())
            .send(news());

    assertThatThrownBy(send::join).isInstanceOf(CompletionException.class);
    assertThat(emulator().violations()).extracting(Violation::rule).contains("message.content");
    assertThat(emulator().postedMessages()).isEmpty();
  }

  @Test
  @DisplayName("A reply (message id as a JSON number, as Javacord writes it) to a known message")
  void replyToKnownMessage() throws Exception {
    session.logIn();
    answerOthers(event -> new MessageBuilder().setContent("Noted").replyTo(event.getMessage()));

    var reply =
        emulator()
            .sendMessage(emulator().world().newsChannel(), emulator().world().bob(), "hi", true)
            .get(10, TimeUnit.SECONDS);

    assertThat(reply.repliesTo()).isEqualTo(emulator().lastUserMessage()).isPresent();
    assertThat(emulator().violations()).isEmpty();
  }

  @Test
  @DisplayName("A reply to a message Discord does not know is refused with 400 and flagged")
  void replyToUnknownMessage() {
    session.logIn();

    var send =
        new MessageBuilder()
            .setContent("Noted")
            .setAllowedMentions(JavacordClients.noPings())
            .replyTo(12345L)
            .send(news());

    assertThatThrownBy(send::join).isInstanceOf(CompletionException.class);
    assertThat(emulator().violations())
        .extracting(Violation::rule)
        .containsExactly("message.reference");
  }

  @Test
  @DisplayName("A channel message without allowed_mentions is delivered but flagged")
  void missingAllowedMentions() {
    session.logIn();

    new MessageBuilder().setContent("@everyone the paper is out").send(news()).join();

    assertThat(emulator().postedMessages()).hasSize(1);
    assertThat(emulator().violations())
        .extracting(Violation::rule)
        .containsExactly("message.allowed_mentions");
  }

  @Test
  @DisplayName("A mention reaches the bot with its content, and the reply is captured")
  void mentionIsAnswered() throws Exception {
    session.logIn();
    answerOthers(event -> new MessageBuilder().setContent("Heard: " + event.getMessageContent()));

    var reply =
        emulator()
            .sendMessage(
                emulator().world().newsChannel(), emulator().world().bob(), "what happened?", true);

    PostedMessage posted = reply.get(10, TimeUnit.SECONDS);
    assertThat(posted.content()).endsWith("what happened?");
    assertThat(emulator().violations()).isEmpty();
  }

  @Test
  @DisplayName("Without MESSAGE_CONTENT a plain channel message reaches the bot with empty content")
  void contentHiddenWithoutIntent() throws Exception {
    session.logIn();
    answerOthers(
        event -> {
          // Javacord 3.8.0 throws MissingIntentException on unreadable content.
          String content =
              event.getMessage().canYouReadContent() ? event.getMessageContent() : "<hidden>";
          return new MessageBuilder().setContent("Heard: [" + content + "]");
        });

    var reply =
        emulator()
            .sendMessage(emulator().world().newsChannel(), emulator().world().bob(), "psst", false);
    var dmReply = emulator().sendDirectMessage(emulator().world().alice(), "hello bot");

    assertThat(reply.get(10, TimeUnit.SECONDS).content()).isEqualTo("Heard: [<hidden>]");
    assertThat(dmReply.get(10, TimeUnit.SECONDS).content()).isEqualTo("Heard: [hello bot]");
    assertThat(emulator().violations()).isEmpty();
  }

  @Test
  @DisplayName(
      "A click on a button of the bot's message reaches Javacord and its reply is captured")
  void buttonClick() {
    DiscordApi api = session.logIn();
    api.addButtonClickListener(
        event ->
            event
                .getButtonInteraction()
                .createImmediateResponder()
                .setContent("More on " + event.getButtonInteraction().getCustomId())
                .setAllowedMentions(JavacordClients.noPings())
                .respond());
    var sent =
        new MessageBuilder()
            .setContent("Headline")
            .setAllowedMentions(JavacordClients.noPings())
            .addComponents(ActionRow.of(Button.primary("more:42", "More")))
            .send(news())
            .join();

    InteractionHandle click =
        emulator().sendButtonClick(sent.getId(), "more:42", emulator().world().bob());

    assertThat(click.awaitAnswer(java.time.Duration.ofSeconds(10)))
        .singleElement()
        .extracting(InteractionResponse::content)
        .isEqualTo("More on more:42");
    assertThat(emulator().violations()).isEmpty();
  }
}
