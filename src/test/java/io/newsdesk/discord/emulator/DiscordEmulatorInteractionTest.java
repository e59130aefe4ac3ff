package io.newsdesk.discord.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.javacord.api.DiscordApi;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandOption;
import org.javacord.api.interaction.SlashCommandOptionBuilder;
import org.javacord.api.interaction.SlashCommandOptionChoice;
import org.javacord.api.interaction.SlashCommandOptionType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

final class DiscordEmulatorInteractionTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @RegisterExtension final JavacordSession session = new JavacordSession();

  private DiscordEmulator emulator() {
    return session.emulator();
  }

  private DiscordApi startWithAskCommand(EmulatorConfig config) {
    session.start(config);
    DiscordApi api = session.logIn();
    SlashCommandOption question =
        SlashCommandOption.create(
            SlashCommandOptionType.STRING, "question", "What you want to know", true);
    SlashCommandOption topic =
        new SlashCommandOptionBuilder()
            .setType(SlashCommandOptionType.STRING)
            .setName("topic")
            .setDescription("Limit the answer to one topic")
            .setAutocompletable(true)
            .build();
    api.bulkOverwriteGlobalApplicationCommands(
            Set.of(SlashCommand.with("ask", "Ask the news desk", List.of(question, topic))))
        .join();
    return api;
  }

  @Test
  @DisplayName("A bulk overwrite of the global commands is recorded as sent")
  void bulkOverwriteIsRecorded() {
    startWithAskCommand(EmulatorConfig.defaults());

    assertThat(emulator().registeredCommands())
        .singleElement()
        .satisfies(
            command -> {
              assertThat(command.path("name").asText()).isEqualTo("ask");
              assertThat(command.path("options").get(0).path("name").asText())
                  .isEqualTo("question");
            });
    assertThat(emulator().restCalls()).contains("PUT /applications/%s/commands".formatted(botId()));
    assertThat(emulator().violations()).isEmpty();
  }

  @Test
  @DisplayName("A slash command reaches Javacord, and its deferral and follow-up are captured")
  void slashCommandDeferredThenFollowedUp() {
    // GIVEN a bot that defers /ask and answers in a follow-up
    DiscordApi api = startWithAskCommand(EmulatorConfig.defaults());
    api.addSlashCommandCreateListener(
        event -> {
          var interaction = event.getSlashCommandInteraction();
          String question = interaction.getArgumentStringValueByName("question").orElse("?");
          interaction
              .respondLater()
              .thenCompose(
                  later ->
                      interaction
                          .createFollowupMessageBuilder()
                          .setContent("You asked: " + question)
                          .setAllowedMentions(JavacordClients.noPings())
                          .send());
        });

    // WHEN bob asks
    InteractionHandle ask = ask(emulator().world().bob(), "Who won the election?");

    // THEN the emulator saw a type 5 callback, then the follow-up with the answer
    List<InteractionResponse> responses = ask.awaitAnswer(WAIT);
    assertThat(responses)
        .extracting(InteractionResponse::kind)
        .containsExactly(InteractionResponse.Kind.CALLBACK, InteractionResponse.Kind.FOLLOW_UP);
    assertThat(responses.get(0).callbackType()).isEqualTo(5);
    assertThat(responses.get(1).content()).isEqualTo("You asked: Who won the election?");
    assertThat(emulator().violations()).isEmpty();
  }

  @Test
  @DisplayName("An ephemeral deferral followed by an edit of the original response is captured")
  void ephemeralDeferralThenEdit() {
    DiscordApi api = startWithAskCommand(EmulatorConfig.defaults());
    api.addSlashCommandCreateListener(
        event ->
            event
                .getSlashCommandInteraction()
                .respondLater(true)
                .thenCompose(
                    updater ->
                        updater
                            .setContent("Here is the answer")
                            .setAllowedMentions(JavacordClients.noPings())
                            .update()));

    InteractionHandle ask = ask(emulator().world().alice(), "What now?");

    List<InteractionResponse> responses = ask.awaitAnswer(WAIT);
    assertThat(responses.get(0).isEphemeral()).isTrue();
    assertThat(responses.get(1).kind()).isEqualTo(InteractionResponse.Kind.EDIT_ORIGINAL);
    assertThat(responses.get(1).content()).isEqualTo("Here is the answer");
    assertThat(emulator().violations()).isEmpty();
  }

  @Test
  @DisplayName("A first response after the deadline is refused with 10062 and flagged")
  void lateResponseIsFlagged() {
    DiscordApi api =
        startWithAskCommand(
            new EmulatorConfig(
                0, Duration.ofMillis(300), Duration.ofMinutes(15), Duration.ofSeconds(40), false));
    api.addSlashCommandCreateListener(
        event -> {
          sleep(Duration.ofMillis(700));
          event
              .getSlashCommandInteraction()
              .createImmediateResponder()
              .setContent("too late")
              .setAllowedMentions(JavacordClients.noPings())
              .respond();
        });

    InteractionHandle ask = ask(emulator().world().alice(), "Hi?");

    sleep(Duration.ofMillis(1500));
    assertThat(ask.acknowledgement()).isEmpty();
    assertThat(emulator().violations())
        .extracting(Violation::rule)
        .containsExactly("interaction.deadline");
  }

  @Test
  @DisplayName("An immediate reply without allowed_mentions is flagged")
  void immediateReplyWithoutAllowedMentions() {
    DiscordApi api = startWithAskCommand(EmulatorConfig.defaults());
    api.addSlashCommandCreateListener(
        event ->
            event
                .getSlashCommandInteraction()
                .createImmediateResponder()
                .setContent("@everyone read this")
                .respond());

    InteractionHandle ask = ask(emulator().world().bob(), "Hi?");

    assertThat(ask.awaitAnswer(WAIT))
        .singleElement()
        .extracting(InteractionResponse::callbackType)
        .isEqualTo(4);
    assertThat(emulator().violations())
        .extracting(Violation::rule)
        .containsExactly("message.allowed_mentions");
  }

  @Test
  @DisplayName("An autocomplete answer with more than 25 choices is flagged")
  void tooManyAutocompleteChoices() {
    DiscordApi api = startWithAskCommand(EmulatorConfig.defaults());
    api.addAutocompleteCreateListener(
        event ->
            event
                .getAutocompleteInteraction()
                .respondWithChoices(
                    IntStream.range(0, 30)
                        .mapToObj(i -> SlashCommandOptionChoice.create("topic " + i, "t" + i))
                        .toList()));

    InteractionHandle typing =
        emulator()
            .sendAutocomplete(
                emulator().world().newsChannel(),
                emulator().world().bob(),
                "ask",
                Map.of("question", "Who?", "topic", "pol"),
                "topic");

    sleep(Duration.ofMillis(1000));
    assertThat(typing.acknowledgement()).isEmpty();
    assertThat(emulator().violations())
        .extracting(Violation::rule)
        .contains("autocomplete.choices");
  }

  /** {@code user} runs /ask in the news channel. */
  private InteractionHandle ask(DiscordWorld.User user, String question) {
    return emulator()
        .sendSlashCommand(
            emulator().world().newsChannel(), user, "ask", Map.of("question", question));
  }

  private String botId() {
    return EntityJson.id(emulator().world().bot().id());
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
