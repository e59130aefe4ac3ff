package io.newsdesk.discord;

import io.newsdesk.render.EmbedReply;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.javacord.api.entity.message.MessageBuilder;
import org.javacord.api.entity.message.MessageFlag;
import org.javacord.api.entity.message.component.ActionRow;
import org.javacord.api.entity.message.component.Button;
import org.javacord.api.entity.message.component.LowLevelComponent;
import org.javacord.api.entity.message.embed.EmbedBuilder;
import org.javacord.api.entity.message.mention.AllowedMentions;
import org.javacord.api.entity.message.mention.AllowedMentionsBuilder;
import org.javacord.api.interaction.callback.InteractionMessageBuilderBase;

/**
 * Turns an {@link EmbedReply} into a Javacord message. Every message gets allowed mentions set to
 * nothing: Javacord has no API-wide default, and quoted articles may contain "@everyone".
 */
final class JavacordReplies {
  static final String MORE_LABEL = "More sources";
  private static final Color NEWSDESK_BLUE = new Color(0x2B6CB0);

  private JavacordReplies() {}

  /** Nobody is pinged: no users, roles, @everyone, nor the author of a replied-to message. */
  static AllowedMentions noMentions() {
    return new AllowedMentionsBuilder().setMentionRepliedUser(false).build();
  }

  /**
   * The "More sources" button that shows page {@code next}; disabled when there is none, so the
   * button of the last page cannot point past it.
   */
  record More(String key, int next, boolean enabled) {}

  static <T extends InteractionMessageBuilderBase<T>> T fill(
      T builder, EmbedReply reply, Optional<More> more, boolean ephemeral) {
    builder.setAllowedMentions(noMentions()).setContent(reply.content());
    if (!reply.embeds().isEmpty()) {
      builder.addEmbeds(embeds(reply));
    }
    buttons(reply, more).ifPresent(builder::addComponents);
    if (ephemeral) {
      builder.setFlags(MessageFlag.EPHEMERAL);
    }
    return builder;
  }

  static MessageBuilder message(EmbedReply reply, Optional<More> more) {
    MessageBuilder builder =
        new MessageBuilder().setAllowedMentions(noMentions()).setContent(reply.content());
    if (!reply.embeds().isEmpty()) {
      builder.addEmbeds(embeds(reply));
    }
    buttons(reply, more).ifPresent(builder::addComponents);
    return builder;
  }

  static List<EmbedBuilder> embeds(EmbedReply reply) {
    List<EmbedBuilder> out = new ArrayList<>();
    for (EmbedReply.Embed embed : reply.embeds()) {
      EmbedBuilder builder = new EmbedBuilder().setTitle(embed.title()).setColor(NEWSDESK_BLUE);
      if (!embed.description().isEmpty()) {
        builder.setDescription(embed.description());
      }
      embed.url().ifPresent(builder::setUrl);
      embed.footer().ifPresent(builder::setFooter);
      embed.timestamp().ifPresent(builder::setTimestamp);
      out.add(builder);
    }
    return out;
  }

  static Optional<ActionRow> buttons(EmbedReply reply, Optional<More> more) {
    List<LowLevelComponent> buttons = new ArrayList<>();
    more.ifPresent(
        m ->
            buttons.add(
                Button.primary(PageStore.buttonId(m.key(), m.next()), MORE_LABEL, !m.enabled())));
    for (EmbedReply.Link link : reply.links()) {
      buttons.add(Button.link(link.url(), link.label()));
    }
    return buttons.isEmpty()
        ? Optional.empty()
        : Optional.of(ActionRow.of(buttons.toArray(LowLevelComponent[]::new)));
  }
}
