package io.newsdesk.discord;

import java.util.Optional;

/** Remembers the further pages of a reply and names the button that shows the next one. */
final class Replier {
  private final PageStore pages;

  Replier(PageStore pages) {
    this.pages = pages;
  }

  /** The "More sources" button of a reply's first page, when it has more than one. */
  Optional<JavacordReplies.More> firstMore(Reply reply) {
    if (reply.pages().size() < 2) {
      return Optional.empty();
    }
    return Optional.of(new JavacordReplies.More(pages.store(reply), 1, true));
  }

  /** The button under page {@code page}: pointing at the next one, or disabled on the last. */
  static JavacordReplies.More moreAfter(PageStore.Page page) {
    return new JavacordReplies.More(page.key(), page.index() + 1, page.hasNext());
  }

  PageStore pages() {
    return pages;
  }
}
