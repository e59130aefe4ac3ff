package io.newsdesk.discord.emulator;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fixed little Discord the emulator serves: one bot application, one guild with two text
 * channels (news and general), two human members (an administrator and a plain member) and a DM
 * channel with each.
 */
public record DiscordWorld(
    User bot,
    Guild guild,
    Channel newsChannel,
    Channel generalChannel,
    User alice,
    User bob,
    Channel aliceDm,
    Channel bobDm,
    Role everyone,
    Role editors) {

  /** A Discord user; {@code bot} for the application's own user. */
  public record User(long id, String username, boolean bot) {}

  public record Guild(long id, String name, long ownerId) {}

  /** A text channel (type 0) in the guild, or a DM channel (type 1) when {@code guildId} is 0. */
  public record Channel(long id, String name, long guildId, long recipientId) {
    public boolean isDm() {
      return guildId == 0;
    }
  }

  public record Role(long id, String name, long permissions) {}

  /** ADMINISTRATOR. */
  public static final long ADMINISTRATOR = 1L << 3;

  /** VIEW_CHANNEL | SEND_MESSAGES | READ_MESSAGE_HISTORY | USE_APPLICATION_COMMANDS. */
  public static final long MEMBER_PERMISSIONS = (1L << 10) | (1L << 11) | (1L << 16) | (1L << 31);

  private static final long DISCORD_EPOCH = 1_420_070_400_000L;
  private static final AtomicLong SEQUENCE = new AtomicLong();

  /** A fresh, increasing snowflake of the current time, like Discord's ids. */
  static long snowflake() {
    return ((System.currentTimeMillis() - DISCORD_EPOCH) << 22)
        | (SEQUENCE.incrementAndGet() & 0xfff);
  }

  static DiscordWorld create() {
    User bot = new User(snowflake(), "Newsdesk", true);
    User alice = new User(snowflake(), "alice", false);
    User bob = new User(snowflake(), "bob", false);
    Guild guild = new Guild(snowflake(), "Newsroom", alice.id());
    Channel news = new Channel(snowflake(), "news", guild.id(), 0);
    Channel general = new Channel(snowflake(), "general", guild.id(), 0);
    Role everyone = new Role(guild.id(), "@everyone", MEMBER_PERMISSIONS);
    Role editors = new Role(snowflake(), "editors", MEMBER_PERMISSIONS | ADMINISTRATOR);
    return new DiscordWorld(
        bot,
        guild,
        news,
        general,
        alice,
        bob,
        new Channel(snowflake(), "", 0, alice.id()),
        new Channel(snowflake(), "", 0, bob.id()),
        everyone,
        editors);
  }

  public List<User> humans() {
    return List.of(alice, bob);
  }

  /** The roles a member holds besides @everyone: alice edits, bob does not. */
  List<Role> rolesOf(User user) {
    return user.equals(alice) ? List.of(editors) : List.of();
  }

  public Channel dmWith(User user) {
    if (user.equals(alice)) {
      return aliceDm;
    }
    if (user.equals(bob)) {
      return bobDm;
    }
    throw new IllegalArgumentException("no DM channel with " + user);
  }

  Channel channel(long id) {
    for (Channel channel : List.of(newsChannel, generalChannel, aliceDm, bobDm)) {
      if (channel.id() == id) {
        return channel;
      }
    }
    return null;
  }
}
