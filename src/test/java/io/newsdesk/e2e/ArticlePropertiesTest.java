package io.newsdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.AskOptions;
import io.newsdesk.index.ArticleSource;
import io.newsdesk.index.IndexFolder;
import io.newsdesk.index.NewsIndexWriter;
import io.newsdesk.ingest.Article;
import io.newsdesk.ingest.ArticleFiles;
import io.newsdesk.quotes.Quotation;
import io.newsdesk.quotes.QuoteExtractor;
import io.newsdesk.render.AnswerEmbeds;
import io.newsdesk.render.AnswerRenderer;
import io.newsdesk.render.EmbedReply;
import io.newsdesk.render.QuotedText;
import io.newsdesk.render.WhoSaidRenderer;
import io.newsdesk.whosaid.WhoSaidService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever an article says, and however it says it, it is read, its quotations are found inside its
 * own text, it is indexed, and questions about it are answered with quotes taken from it word for
 * word, within Discord's limits and pinging nobody.
 */
@Label("Any article text is indexed and quoted verbatim")
final class ArticlePropertiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final QuoteExtractor QUOTES = new QuoteExtractor();
  private static final AtomicInteger IDS = new AtomicInteger();

  private static Path dir;
  private static NewsIndexWriter writer;
  private static AnswerService answers;
  private static WhoSaidService whoSaid;

  @BeforeContainer
  static void open() throws IOException {
    dir = Files.createTempDirectory("newsdesk-article-properties-");
    writer = NewsIndexWriter.open(IndexFolder.forWriting(dir.resolve("index")), false);
    answers = new AnswerService(writer.index(), Clock.systemUTC());
    whoSaid = new WhoSaidService(writer.index(), answers);
  }

  @AfterContainer
  static void close() throws IOException {
    writer.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> token =
        Arbitraries.frequencyOf(
            Tuple.of(
                20,
                Arbitraries.of(
                    "ferry",
                    "harbour",
                    "council",
                    "Ukraine",
                    "NATO",
                    "said",
                    "Jane",
                    "Doe",
                    "minister",
                    "the",
                    "a",
                    "told",
                    "reporters",
                    "on",
                    "Monday",
                    "2025")),
            Tuple.of(
                6,
                Arbitraries.of(
                    ".", ",", "“", "”", "\"", "'", "’", "—", "―", "-", ":", "(", ")", "?", "!",
                    "\n", "\n\n", "\r\n", "\t", "…")),
            Tuple.of(
                3,
                Arbitraries.of(
                    "@everyone",
                    "@here",
                    "<@&123>",
                    "<#9>",
                    "*",
                    "_",
                    "`",
                    "||",
                    "~~",
                    ">",
                    "#",
                    "[x](https://e.com/_a_)",
                    "\\",
                    "https://t.co/x",
                    "pic.twitter.com/abc")),
            Tuple.of(2, Arbitraries.strings().ofMinLength(1).ofMaxLength(12)),
            Tuple.of(1, Arbitraries.of("\u202E", "\u200B", "\u00A0", "\uFEFF", "\u0007", "😀")),
            Tuple.of(
                1,
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2000).ofMaxLength(9000)));
    return token.list().ofMinSize(1).ofMaxSize(400).map(list -> String.join(" ", list));
  }

  @Property(tries = 60)
  @Label("read, quotations inside the text, indexed, answered verbatim")
  void anyText(@ForAll("texts") String text, @ForAll("texts") String title) throws Exception {
    String id = "p" + IDS.incrementAndGet();
    Path file = dir.resolve(id + ".jsonl");
    Files.writeString(
        file,
        JSON.writeValueAsString(
                Map.of("id", id, "title", title, "text", text, "url", "https://e.com/" + id))
            + "\n");
    List<Article> read = ArticleFiles.readAll(file).articles();
    if (read.isEmpty()) {
      return; // nothing left after cleaning: refused with a line, as it should be
    }
    Article article = read.get(0);
    List<Quotation> quotes = QUOTES.extract(article);
    for (Quotation q : quotes) {
      assertThat(article.text().substring(q.start(), q.end())).isEqualTo(q.text());
    }
    writer.put(article, ArticleSource.file(file), quotes);
    writer.refresh();
    String stored = QuotedText.collapse(article.text());

    String[] words = article.text().split("\\s+");
    String question = String.join(" ", List.of(words).subList(0, Math.min(words.length, 6))) + "?";
    Answer answer = answers.ask(question, new AskOptions(3, 1, Optional.empty(), 0.3));
    String reply = AnswerRenderer.render(answer);
    EmbedReply embeds = AnswerEmbeds.render(answer);

    assertThat(reply.length()).isLessThanOrEqualTo(AnswerRenderer.MESSAGE_LIMIT);
    QuotedText.assertNoPings(reply);
    for (String quote : QuotedText.of(reply)) {
      assertThat(allTexts(answer)).contains(QuotedText.collapse(quote));
    }
    for (EmbedReply.Embed embed : embeds.embeds()) {
      QuotedText.assertNoPings(embed.description());
      for (String quote : QuotedText.of(embed.description())) {
        assertThat(allTexts(answer)).contains(QuotedText.collapse(quote));
      }
    }
    if (!quotes.isEmpty()) {
      String said = WhoSaidRenderer.render(whoSaid.whoSaid(quotes.get(0).text()));
      assertThat(said.length()).isLessThanOrEqualTo(AnswerRenderer.MESSAGE_LIMIT);
      QuotedText.assertNoPings(said);
    }
    assertThat(stored).isNotEmpty();
  }

  /** The stored texts of the articles an answer cites: its quotes must come from them. */
  private static String allTexts(Answer answer) throws Exception {
    StringBuilder all = new StringBuilder();
    for (var excerpt : answer.excerpts()) {
      Path file =
          Path.of(excerpt.citation().key().substring(0, excerpt.citation().key().indexOf('#')));
      for (Article a : ArticleFiles.readAll(file).articles()) {
        all.append(a.text()).append(' ');
      }
    }
    return QuotedText.collapse(all.toString());
  }
}
