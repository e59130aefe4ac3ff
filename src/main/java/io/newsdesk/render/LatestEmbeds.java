package io.newsdesk.render;

import io.newsdesk.index.SourceCatalog;
import io.newsdesk.search.Citation;
import java.util.ArrayList;
import java.util.List;

/** The newest indexed articles as embeds: title linked to the article, publisher and day. */
public final class LatestEmbeds {
  private LatestEmbeds() {}

  public static EmbedReply render(SourceCatalog.Page page) {
    if (page.articles().isEmpty()) {
      return EmbedReply.text(SourcesRenderer.render(page));
    }
    List<EmbedReply.Embed> embeds = new ArrayList<>();
    for (Citation citation : page.articles()) {
      if (embeds.size() == EmbedReply.EMBEDS_LIMIT) {
        break;
      }
      embeds.add(AnswerEmbeds.embed(citation, ""));
    }
    String content =
        "**Newest of %d indexed article%s:**".formatted(page.total(), page.total() == 1 ? "" : "s");
    return new EmbedReply(
        content, embeds, AnswerEmbeds.links(embeds.stream().map(e -> e.url()).toList()));
  }
}
