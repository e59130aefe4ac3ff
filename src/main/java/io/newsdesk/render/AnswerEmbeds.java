package io.newsdesk.render;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.Excerpt;
import io.newsdesk.search.Citation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders excerpts as Discord embeds, one per article: the title links to the article, the footer
 * names publisher and day, and the description quotes the excerpts with the matched words in bold.
 * Quotes are the article's own words; a quote that does not fit is cut after a sentence or word
 * with "…", and one that does not fit at all is left out, never shortened in the middle.
 */
public final class AnswerEmbeds {
  /** Link buttons one reply carries at most, leaving a place in the row for "More sources". */
  public static final int MAX_LINKS = EmbedReply.LINKS_LIMIT - 1;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final String SEPARATOR = "\n\n";

  private AnswerEmbeds() {}

  /** The reply to a question: its excerpts as embeds, or the plain reason there are none. */
  public static EmbedReply render(Answer answer) {
    if (answer.status() != Answer.Status.ANSWERED || answer.excerpts().isEmpty()) {
      return EmbedReply.text(AnswerRenderer.render(answer));
    }
    return excerpts(answer.excerpts(), DiscordMarkdown.escape(AnswerRenderer.corrections(answer)));
  }

  /** Excerpts grouped by article, in order of first appearance, with {@code content} above. */
  public static EmbedReply excerpts(List<Excerpt> excerpts, String content) {
    Map<String, List<Excerpt>> byArticle = new LinkedHashMap<>();
    for (Excerpt excerpt : excerpts) {
      if (byArticle.size() < EmbedReply.EMBEDS_LIMIT
          || byArticle.containsKey(excerpt.citation().identity())) {
        byArticle
            .computeIfAbsent(excerpt.citation().identity(), k -> new ArrayList<>())
            .add(excerpt);
      }
    }
    List<List<Excerpt>> groups = List.copyOf(byArticle.values());
    int fixed = groups.stream().mapToInt(g -> heading(g.get(0).citation())).sum();
    int remaining = EmbedReply.TOTAL_LIMIT - fixed;
    List<EmbedReply.Embed> embeds = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      Citation citation = groups.get(i).get(0).citation();
      int room = Math.min(EmbedReply.DESCRIPTION_LIMIT, remaining / (groups.size() - i));
      String description = quotes(groups.get(i), room);
      if (description.isEmpty()) {
        remaining += heading(citation); // the article is left out: its title is free again
        continue;
      }
      remaining -= description.length();
      embeds.add(embed(citation, description));
    }
    return new EmbedReply(content, embeds, links(embeds.stream().map(e -> e.url()).toList()));
  }

  /** An embed about one article whose description is already markdown within the limits. */
  static EmbedReply.Embed embed(Citation citation, String description) {
    return new EmbedReply.Embed(
        title(citation),
        citation.url().filter(AnswerEmbeds::isWebLink),
        description,
        footer(citation),
        citation.published().map(AnswerEmbeds::noon));
  }

  /** Link buttons "Read on PUBLISHER" for the first articles that have a web address. */
  static List<EmbedReply.Link> links(List<Optional<String>> urls) {
    List<EmbedReply.Link> links = new ArrayList<>();
    for (Optional<String> url : urls) {
      if (url.isPresent() && links.size() < MAX_LINKS) {
        links.add(new EmbedReply.Link(Fit.plain("Read on " + host(url.get()), 80), url.get()));
      }
    }
    return links;
  }

  static String title(Citation citation) {
    return Fit.escaped(citation.title().isBlank() ? "Untitled" : citation.title(), 256);
  }

  static Optional<String> footer(Citation citation) {
    List<String> parts = new ArrayList<>();
    citation.source().ifPresent(parts::add);
    citation.published().ifPresent(day -> parts.add(DAY.format(day)));
    return parts.isEmpty()
        ? Optional.empty()
        : Optional.of(Fit.plain(String.join(" · ", parts), EmbedReply.FOOTER_LIMIT));
  }

  static boolean isWebLink(String url) {
    return (url.startsWith("https://") || url.startsWith("http://"))
        && url.length() <= EmbedReply.URL_LIMIT
        && url.chars().noneMatch(Character::isWhitespace);
  }

  private static String quotes(List<Excerpt> excerpts, int room) {
    StringBuilder out = new StringBuilder();
    for (Excerpt excerpt : excerpts) {
      int left = room - out.length() - (out.isEmpty() ? 0 : SEPARATOR.length());
      String quote = Quotes.blockQuote(excerpt, left);
      if (quote.isEmpty()) {
        break;
      }
      out.append(out.isEmpty() ? "" : SEPARATOR).append(quote);
    }
    return out.toString();
  }

  private static int heading(Citation citation) {
    return title(citation).length() + footer(citation).map(String::length).orElse(0);
  }

  /** A day shown as an embed timestamp: noon UTC reads as that day almost everywhere. */
  private static java.time.Instant noon(LocalDate day) {
    return day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
  }

  private static String host(String url) {
    String rest = url.substring(url.indexOf("//") + 2);
    int slash = rest.indexOf('/');
    String host = slash < 0 ? rest : rest.substring(0, slash);
    return host.startsWith("www.") ? host.substring(4) : host;
  }
}
