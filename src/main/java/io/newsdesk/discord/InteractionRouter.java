package io.newsdesk.discord;

import io.newsdesk.config.Config;
import io.newsdesk.metrics.Meters;
import io.newsdesk.render.EmbedReply;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;
import org.javacord.api.event.interaction.AutocompleteCreateEvent;
import org.javacord.api.event.interaction.ButtonClickEvent;
import org.javacord.api.event.interaction.SlashCommandCreateEvent;
import org.javacord.api.interaction.AutocompleteInteraction;
import org.javacord.api.interaction.ButtonInteraction;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.SlashCommandInteractionOption;
import org.javacord.api.interaction.SlashCommandOptionChoice;
import org.javacord.api.interaction.callback.InteractionOriginalResponseUpdater;
import org.javacord.api.listener.interaction.AutocompleteCreateListener;
import org.javacord.api.listener.interaction.ButtonClickListener;
import org.javacord.api.listener.interaction.SlashCommandCreateListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes slash commands, autocomplete and "More sources" clicks. Guards (channel, permission, rate
 * limit) answer at once and privately; slow commands are deferred before any work starts, then run
 * on the worker pool so Javacord's listener threads never wait for Lucene.
 */
final class InteractionRouter
    implements SlashCommandCreateListener, AutocompleteCreateListener, ButtonClickListener {
  private static final Logger LOG = LoggerFactory.getLogger(InteractionRouter.class);
  static final String FAILED = "Sorry, something went wrong while answering. Please try again.";
  static final String NOT_ADMIN = "Only members with the Manage Server permission can do that.";
  static final String EXPIRED =
      "That answer is no longer in my memory (I restarted or it is old): please ask again.";

  private final Map<String, Command> commands = new LinkedHashMap<>();
  private final Config.Discord settings;
  private final UserRateLimiter limiter;
  private final Replier replier;
  private final ExecutorService workers;
  private final ExecutorService maintenance;

  InteractionRouter(
      List<Command> commands,
      Config.Discord settings,
      UserRateLimiter limiter,
      Replier replier,
      ExecutorService workers,
      ExecutorService maintenance) {
    commands.forEach(c -> this.commands.put(c.name(), c));
    this.settings = settings;
    this.limiter = limiter;
    this.replier = replier;
    this.workers = workers;
    this.maintenance = maintenance;
  }

  @Override
  public void onSlashCommandCreate(SlashCommandCreateEvent event) {
    SlashCommandInteraction interaction = event.getSlashCommandInteraction();
    Command command = commands.get(interaction.getCommandName());
    if (command == null) {
      refuse(interaction, "I don't know that command any more; it may take a minute to vanish.");
      return;
    }
    Optional<String> subcommand = subcommand(interaction);
    Optional<String> refusal = guard(interaction, command, subcommand);
    if (refusal.isPresent()) {
      Meters.question(command.name(), Meters.Outcome.REFUSED, Duration.ZERO);
      refuse(interaction, refusal.get());
      return;
    }
    CommandRequest request =
        new CommandRequest(interaction.getUser().getId(), subcommand, options(interaction));
    switch (command.timing()) {
      case IMMEDIATE -> respondNow(interaction, command, request);
      case DEFERRED -> deferThenAnswer(interaction, command, request, false);
      case DEFERRED_EPHEMERAL -> deferThenAnswer(interaction, command, request, true);
    }
  }

  /** "add" of "/feeds add": the full name after the command's own. */
  private static Optional<String> subcommand(SlashCommandInteraction interaction) {
    String full = interaction.getFullCommandName();
    int space = full.indexOf(' ');
    return space < 0 ? Optional.empty() : Optional.of(full.substring(space + 1).strip());
  }

  private Optional<String> guard(
      SlashCommandInteraction interaction, Command command, Optional<String> subcommand) {
    Optional<Server> server = interaction.getServer();
    long channel = interaction.getChannel().map(c -> c.getId()).orElse(0L);
    if (server.isPresent() && !ChannelRules.allowed(settings, channel)) {
      return Optional.of(ChannelRules.notHere(settings));
    }
    if (command.adminOnly(subcommand) && !isAdmin(server, interaction.getUser())) {
      LOG.info(
          "refused /{} to user {}: not an admin", command.name(), interaction.getUser().getId());
      return Optional.of(NOT_ADMIN);
    }
    if (command.rateLimited()) {
      Optional<Duration> wait = limiter.tryAcquire(interaction.getUser().getId());
      if (wait.isPresent()) {
        return Optional.of(UserRateLimiter.politeRefusal(wait.get()));
      }
    }
    return Optional.empty();
  }

  /** Manage Server, Administrator or owner; never in a DM, where nobody manages anything. */
  static boolean isAdmin(Optional<Server> server, User user) {
    return server
        .map(
            s ->
                s.isOwner(user)
                    || s.hasAnyPermission(
                        user, PermissionType.ADMINISTRATOR, PermissionType.MANAGE_SERVER))
        .orElse(false);
  }

  private void respondNow(
      SlashCommandInteraction interaction, Command command, CommandRequest req) {
    Reply reply = run(command, req).orElse(Reply.privately(FAILED));
    JavacordReplies.fill(
            interaction.createImmediateResponder(),
            reply.first(),
            replier.firstMore(reply),
            reply.ephemeral())
        .respond()
        .exceptionally(e -> logged("reply to /" + command.name(), e));
  }

  /**
   * Defers, then answers with a follow-up. A failure replaces the "is thinking…" message itself
   * with the short error: after a public deferral Discord shows any follow-up publicly, flag or
   * not, so editing the original is the only way the user reliably sees what went wrong.
   */
  private void deferThenAnswer(
      SlashCommandInteraction interaction, Command command, CommandRequest req, boolean ephemeral) {
    interaction
        .respondLater(ephemeral)
        .thenComposeAsync(
            original -> answerDeferred(interaction, original, command, req),
            command.longRunning() ? maintenance : workers)
        .exceptionally(e -> logged("reply to /" + command.name(), e));
  }

  private CompletableFuture<Message> answerDeferred(
      SlashCommandInteraction interaction,
      InteractionOriginalResponseUpdater original,
      Command command,
      CommandRequest req) {
    Optional<Reply> reply = run(command, req);
    if (reply.isEmpty()) {
      return JavacordReplies.fill(original, EmbedReply.text(FAILED), Optional.empty(), false)
          .update();
    }
    return JavacordReplies.fill(
            interaction.createFollowupMessageBuilder(),
            reply.get().first(),
            replier.firstMore(reply.get()),
            reply.get().ephemeral())
        .send();
  }

  /**
   * The command's reply, or empty when it failed (logged here, with the stack trace); timed and
   * counted by how it ended.
   */
  private static Optional<Reply> run(Command command, CommandRequest request) {
    return TimedReplies.made(
        command.name(),
        () -> command.run(request),
        e -> {
          // What the user typed stays out of the log unless the operator asks for it (debug).
          LOG.error(
              "/{} failed (options given: {})", command.name(), request.options().keySet(), e);
          LOG.debug("/{} failed for {}", command.name(), request.options());
        });
  }

  private static void refuse(SlashCommandInteraction interaction, String message) {
    JavacordReplies.fill(
            interaction.createImmediateResponder(),
            EmbedReply.text(message),
            Optional.empty(),
            true)
        .respond()
        .exceptionally(e -> logged("refusal", e));
  }

  private static Map<String, String> options(SlashCommandInteraction interaction) {
    Map<String, String> options = new HashMap<>();
    for (SlashCommandInteractionOption option : interaction.getArguments()) {
      option.getStringRepresentationValue().ifPresent(v -> options.put(option.getName(), v));
    }
    return options;
  }

  @Override
  public void onAutocompleteCreate(AutocompleteCreateEvent event) {
    AutocompleteInteraction interaction = event.getAutocompleteInteraction();
    Command command = commands.get(interaction.getCommandName());
    SlashCommandInteractionOption focused = interaction.getFocusedOption();
    List<SlashCommandOptionChoice> choices = List.of();
    try {
      if (command != null) {
        String typed = focused.getStringValue().orElse("");
        choices =
            command.suggest(focused.getName(), typed).stream()
                .limit(Suggestions.LIMIT)
                .map(c -> SlashCommandOptionChoice.create(c.name(), c.value()))
                .toList();
      }
    } catch (RuntimeException e) {
      LOG.warn("autocomplete of /{} failed; offering no choices", interaction.getCommandName(), e);
    }
    interaction.respondWithChoices(choices).exceptionally(e -> logged("autocomplete", e));
  }

  @Override
  public void onButtonClick(ButtonClickEvent event) {
    ButtonInteraction click = event.getButtonInteraction();
    if (!click.getCustomId().startsWith(PageStore.PREFIX)) {
      return;
    }
    Optional<PageStore.Page> page = replier.pages().find(click.getCustomId());
    CompletableFuture<?> sent;
    if (page.isEmpty()) {
      sent =
          JavacordReplies.fill(
                  click.createImmediateResponder(),
                  EmbedReply.text(EXPIRED),
                  Optional.empty(),
                  true)
              .respond();
    } else {
      PageStore.Page p = page.get();
      sent =
          JavacordReplies.fill(
                  click.createOriginalMessageUpdater(),
                  p.reply().pages().get(p.index()),
                  Optional.of(Replier.moreAfter(p)),
                  false)
              .update();
    }
    sent.exceptionally(e -> logged("More sources", e));
  }

  static <T> T logged(String what, Throwable e) {
    LOG.warn("Discord refused the {}: {}", what, e.toString());
    Meters.discordError(what);
    return null;
  }
}
