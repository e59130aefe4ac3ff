package io.newsdesk.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.config.DurationText;
import io.newsdesk.config.Feed;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The feeds added with {@code newsdesk feeds add} or {@code /feeds add}, kept as JSON in the index
 * folder, beside the index (a rebuild keeps them). Changes are written to a new file that replaces
 * the old in one step, under a lock, so two processes adding at once lose nothing.
 */
public final class FeedList {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  public FeedList(Path file) {
    this.file = file;
  }

  public Path file() {
    return file;
  }

  /** The feeds, or the one-line reason the file cannot be read. */
  public record Loaded(List<Feed> feeds, Optional<String> problem) {}

  public Loaded load() {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      return new Loaded(List.of(), Optional.empty());
    } catch (IOException e) {
      return new Loaded(List.of(), Optional.of(file + ": cannot be read: " + e.getMessage()));
    }
    try {
      JsonNode root = JSON.readTree(text);
      if (root == null || !root.isArray()) {
        return new Loaded(List.of(), Optional.of(file + ": not a list of feeds"));
      }
      List<Feed> feeds = new ArrayList<>();
      for (JsonNode entry : root) {
        feeds.add(
            new Feed(
                entry.path("url").asText(""),
                Optional.ofNullable(entry.get("name"))
                    .filter(JsonNode::isTextual)
                    .map(JsonNode::asText),
                entry.hasNonNull("every")
                    ? DurationText.parse(entry.get("every").asText())
                    : Feed.DEFAULT_EVERY));
      }
      return new Loaded(feeds, Optional.empty());
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return new Loaded(
          List.of(),
          Optional.of(
              file
                  + ": not a readable list of feeds ("
                  + e.getMessage().lines().findFirst().orElse("")
                  + ")"));
    }
  }

  /**
   * Adds a feed, or renames one already listed.
   *
   * @return whether the feed was not listed before
   * @throws IOException when the file cannot be read or written
   */
  public boolean add(Feed feed) throws IOException {
    return change(
        feeds -> {
          boolean known = feeds.removeIf(f -> sameUrl(f.url(), feed.url()));
          feeds.add(feed);
          return !known;
        });
  }

  /** Removes a feed; returns whether it was listed. */
  public boolean remove(String url) throws IOException {
    return change(feeds -> feeds.removeIf(f -> sameUrl(f.url(), url)));
  }

  /** The same feed address, whatever case its scheme and host are written in. */
  public static boolean sameUrl(String a, String b) {
    return normal(a).equals(normal(b));
  }

  private static String normal(String url) {
    String u = url.strip();
    int hostEnd = u.indexOf('/', u.indexOf("//") + 2);
    return hostEnd < 0
        ? u.toLowerCase(java.util.Locale.ROOT)
        : u.substring(0, hostEnd).toLowerCase(java.util.Locale.ROOT) + u.substring(hostEnd);
  }

  private interface Change {
    boolean apply(List<Feed> feeds);
  }

  private synchronized boolean change(Change change) throws IOException {
    Files.createDirectories(file.getParent());
    Path lock = file.resolveSibling(file.getFileName() + ".lock");
    try (FileChannel channel =
            FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      Loaded loaded = load();
      if (loaded.problem().isPresent()) {
        throw new IOException(loaded.problem().get() + "; fix it or delete it, then try again");
      }
      List<Feed> feeds = new ArrayList<>(loaded.feeds());
      boolean changed = change.apply(feeds);
      write(feeds);
      return changed;
    }
  }

  private void write(List<Feed> feeds) throws IOException {
    ArrayNode root = JSON.createArrayNode();
    for (Feed feed : feeds) {
      ObjectNode entry = root.addObject().put("url", feed.url());
      feed.name().ifPresent(n -> entry.put("name", n));
      entry.put("every", DurationText.format(feed.every()));
    }
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
