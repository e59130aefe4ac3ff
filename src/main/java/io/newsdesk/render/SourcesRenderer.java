package io.newsdesk.render;

import io.newsdesk.index.SourceCatalog;
import io.newsdesk.search.Citation;

/** The list of indexed articles as a message, newest first. */
public final class SourcesRenderer {
  private SourcesRenderer() {}

  public static String render(SourceCatalog.Page page) {
    if (page.total() == 0) {
      return "No articles are indexed yet. Add files to the article folder and run `index`.";
    }
    StringBuilder out = new StringBuilder();
    out.append(
        "**%d article%s indexed**%s"
            .formatted(
                page.total(),
                page.total() == 1 ? "" : "s",
                page.total() > page.articles().size()
                    ? ", newest " + page.articles().size() + ":"
                    : ":"));
    for (Citation citation : page.articles()) {
      String line = "\n• " + AnswerRenderer.citation(citation);
      if (out.length() + line.length() > AnswerRenderer.MESSAGE_LIMIT - 2) {
        out.append("\n…");
        break;
      }
      out.append(line);
    }
    return out.toString();
  }
}
