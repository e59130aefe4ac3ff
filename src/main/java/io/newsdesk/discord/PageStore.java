package io.newsdesk.discord;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Replies whose further pages wait behind a "More sources" button, by a short key that fits a
 * button's custom id. Kept in memory, the oldest forgotten first: a button of a forgotten reply
 * says so instead of guessing.
 */
final class PageStore {
  static final String PREFIX = "more:";
  private static final int CAPACITY = 500;
  private final AtomicLong next = new AtomicLong();
  private final Map<String, Reply> replies =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Reply> eldest) {
          return size() > CAPACITY;
        }
      };

  /** The custom id of the button that shows page {@code page} (0-based) of a stored reply. */
  static String buttonId(String key, int page) {
    return PREFIX + key + ":" + page;
  }

  synchronized String store(Reply reply) {
    String key = Long.toString(next.incrementAndGet(), 36);
    replies.put(key, reply);
    return key;
  }

  /** The reply and page a button's custom id points at. */
  synchronized Optional<Page> find(String customId) {
    String[] parts = customId.split(":");
    if (parts.length != 3 || !customId.startsWith(PREFIX)) {
      return Optional.empty();
    }
    Reply reply = replies.get(parts[1]);
    try {
      int page = Integer.parseInt(parts[2]);
      return reply == null || page < 0 || page >= reply.pages().size()
          ? Optional.empty()
          : Optional.of(new Page(parts[1], reply, page));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  record Page(String key, Reply reply, int index) {
    boolean hasNext() {
      return index + 1 < reply.pages().size();
    }
  }
}
