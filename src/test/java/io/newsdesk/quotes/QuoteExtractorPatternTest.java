package io.newsdesk.quotes;

import static io.newsdesk.quotes.QuoteExtractorSeedTest.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class QuoteExtractorPatternTest {

  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quotation> extract(String text) {
    return extractor.extract(TestArticles.of(text));
  }

  private Optional<String> speakerOf(String text, String quotePrefix) {
    return quoteStarting(extract(text), quotePrefix).speaker();
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("simple attributions name the speaker")
  @CsvSource(
      delimiter = '|',
      value = {
        "X said after | Senator Jane Doe spoke. “We will win,” Doe said. | Jane Doe | speaker after the quote: X said",
        "said X | Senator Jane Doe spoke. \"We will win,\" said Doe. | Jane Doe | speaker after the quote: said X",
        "X told | Jane Doe spoke. “We will win,” Doe told reporters. | Jane Doe | speaker after the quote: X said",
        "X warned before | Jane Doe spoke. Doe warned: “We will win.” | Jane Doe | speaker before the quote: X said",
        "colon intro | Mayor Jane Doe spoke.\\n\\nDoe: “We will win.” | Jane Doe | speaker before the quote: X:",
        "according to | “We will win,” according to Mayor Jane Doe. | Jane Doe | speaker after the quote: according to X",
        "role then name | “We will win,” said Acme spokesman John Roe. | John Roe | speaker after the quote: said X",
        "dash after | “We will win.” – Acme CEO John Roe. | John Roe | speaker after the quote: a dash and a name",
        "hyphenated title | “We will win,” said President-elect Jane Doe. | Jane Doe | speaker after the quote: said X",
        "photo credit before the name | Mayor Jane Doe spoke. Max Roe/AFP/Getty Images Doe"
            + " waves. “We will win,” Doe said. | Jane Doe | speaker after the quote: X said",
        "link text before the name | See Jane Doe speak. “We will win,” Doe said. | Jane Doe | speaker after the quote: X said",
        "byline run into the next sentence | — Max Roe The Doe campaign spoke. Mayor Jane Doe"
            + " arrived. “We will win,” Doe said. | Jane Doe | speaker after the quote: X said",
        "video player text before the name | Mayor Jane Doe spoke. Video Ad Feedback Doe speaks"
            + " 02:10 - Source: CNN. “We will win,” Doe said. | Jane Doe | speaker after the quote: X said",
        "hyphenated name | “We will win,” said Rep. Alexandria Ocasio-Cortez. | Alexandria"
            + " Ocasio-Cortez | speaker after the quote: said X",
      })
  void simpleAttributions(String pattern, String text, String speaker, String sieve) {
    Quotation q = quoteStarting(extract(text.replace("\\n", "\n")), "We will win");
    assertThat(q.speaker()).contains(speaker);
    assertThat(q.sieve()).as("the deciding sieve").isEqualTo(sieve);
  }

  @Test
  @DisplayName("a quote split around its attribution gives two quotations of the same speaker")
  void splitQuote() {
    List<Quotation> quotes =
        extract("“We will win,” Defense Secretary Pete Hegseth said, “and we will win soon.”");
    assertThat(quotes)
        .extracting(Quotation::text)
        .containsExactly("We will win,", "and we will win soon.");
    assertThat(quotes).allSatisfy(q -> assertThat(q.speaker()).contains("Pete Hegseth"));
    assertThat(quotes).allSatisfy(q -> assertThat(q.role()).contains("Defense Secretary"));
  }

  @Test
  @DisplayName("he/she and 'the secretary' resolve to the person the article named")
  void pronounsAndDescriptions() {
    String text =
        """
        US Defense Secretary Pete Hegseth spoke in Brussels on Wednesday.

        “Europe must do more,” he said.

        “There will be no troops,” the secretary said.

        Matthew Miller, a former State Department spokesperson, disagreed.
        """;
    List<Quotation> quotes = extract(text);
    assertThat(quoteStarting(quotes, "Europe must").speaker()).contains("Pete Hegseth");
    assertThat(quoteStarting(quotes, "There will be").speaker()).contains("Pete Hegseth");
  }

  @Test
  @DisplayName("appositions give roles")
  void appositionRole() {
    List<Quotation> quotes =
        extract("Matthew Miller, a former State Department spokesperson, said: “It is a gift.”");
    Quotation q = quoteStarting(quotes, "It is a gift");
    assertThat(q.speaker()).contains("Matthew Miller");
    assertThat(q.role()).contains("former State Department spokesperson");
  }

  @Test
  @DisplayName("multi-sentence and multi-paragraph quotes keep their speaker")
  void multiParagraphQuote() {
    String text =
        """
        Ukrainian President Volodymyr Zelensky said: “We need guarantees. Words are not enough.

        “Only NATO membership can stop the next war.”

        The talks continue.
        """;
    List<Quotation> quotes = extract(text);
    assertThat(quotes).hasSize(2);
    assertThat(quoteStarting(quotes, "We need guarantees. Words are not enough.").speaker())
        .contains("Volodymyr Zelensky");
    Quotation second = quoteStarting(quotes, "Only NATO membership");
    assertThat(second.speaker()).contains("Volodymyr Zelensky");
    assertThat(second.role()).contains("Ukrainian President");
  }

  @Test
  @DisplayName("a paragraph that is only a quote continues the previous speaker")
  void continuationParagraph() {
    String text =
        """
        “We will win,” said Senator Jane Doe.

        “And we will win big.”
        """;
    assertThat(speakerOf(text, "And we will win big")).contains("Jane Doe");
  }

  @Test
  @DisplayName("nested single quotes stay inside the outer quote")
  void nestedQuotes() {
    List<Quotation> quotes = extract("“He told me ‘never again’ and left,” Jane Doe said.");
    assertThat(quotes)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.text()).isEqualTo("He told me ‘never again’ and left,");
              assertThat(q.speaker()).contains("Jane Doe");
            });
  }

  @Test
  @DisplayName("partial quotes are kept and attributed only when a reporting verb supports it")
  void partialQuotes() {
    String text =
        """
        Jane Doe said the plan was “realistic” and urged calm.

        Critics called it an “illusionary goal” last week.
        """;
    List<Quotation> quotes = extract(text);
    assertThat(quoteStarting(quotes, "realistic").speaker()).contains("Jane Doe");
    assertThat(quoteStarting(quotes, "illusionary goal").speaker()).isEmpty();
  }

  @Test
  @DisplayName("quotes nobody is said to have said have no speaker; unnamed sources are described")
  void unattributed() {
    String text =
        """
        Jane Doe visited the plant.

        The sign read “Welcome home” in large letters.

        “It was chaos,” a witness said.
        """;
    List<Quotation> quotes = extract(text);
    assertThat(quoteStarting(quotes, "Welcome home").speaker()).isEmpty();
    assertThat(quoteStarting(quotes, "It was chaos").speaker()).contains("a witness");
  }

  @Test
  @DisplayName(
      "a round-up of reactions names each speaker; a post's signature still names its author")
  void voxPopRoundUp() {
    String text =
        """
        We asked voters in Arizona what they made of the debate.

        Jane Doe, 34, Phoenix

        “We will win. It was a good night.

        “And the next one will be better.”

        Max Roe

        “We lost the room.”

        Ann Poe, retired teacher

        “It rained on the parade.”

        Others posted online.

        Nobody watched the debate.

        — Sam Loe (@samloe) October 10, 2024
        """;
    List<Quotation> quotes = extract(text);
    assertThat(quoteStarting(quotes, "We will win").speaker()).contains("Jane Doe");
    assertThat(quoteStarting(quotes, "And the next one").speaker()).contains("Jane Doe");
    assertThat(quoteStarting(quotes, "We lost the room").speaker()).contains("Max Roe");
    assertThat(quoteStarting(quotes, "It rained").speaker()).contains("Ann Poe");
    assertThat(quoteStarting(quotes, "Nobody watched").speaker()).contains("Sam Loe");
  }

  @Test
  @DisplayName("an embedded post is a quotation of the account in its signature line")
  void embeddedPost() {
    String text =
        """
        The news spread quickly online.

        Big news today for the alliance. https://t.co/abc

        — Jane Doe (@janedoe) February 12, 2025
        """;
    Quotation post = quoteStarting(extract(text), "Big news today");
    assertThat(post.text()).isEqualTo("Big news today for the alliance.");
    assertThat(post.speaker()).contains("Jane Doe");
  }

  @Test
  @DisplayName("titles of works are nobody's words, while short replies are")
  void listedTitles() {
    String text =
        """
        Record of the year

        “Black Parade” — Jane Doe

        WINNER: “Everything I Wanted” — Max Roe

        “The Power of the Dog”

        “Will you run?” Max Roe asked her.

        “Yes.”

        “Goodnight, Irene!”

        “I have been there,” Max Roe wrote in his first memoir, “Coal Miner’s Daughter.”
        """;
    List<Quotation> quotes = extract(text);
    assertThat(quoteStarting(quotes, "Black Parade").speaker()).isEmpty();
    assertThat(quoteStarting(quotes, "Everything I Wanted").speaker()).isEmpty();
    assertThat(quoteStarting(quotes, "The Power of the Dog").speaker()).isEmpty();
    assertThat(quoteStarting(quotes, "Goodnight, Irene").speaker()).contains("Max Roe");
    assertThat(quoteStarting(quotes, "I have been there").speaker()).contains("Max Roe");
    assertThat(quoteStarting(quotes, "Coal Miner’s Daughter").speaker()).isEmpty();
  }

  @Test
  @DisplayName("a post signed at the end of its own paragraph, as scraped pages have it")
  void embeddedPostSignedInline() {
    String text =
        """
        The news spread quickly online.

        Big news today for the alliance. pic.twitter.com/abc — Jane Doe (@janedoe) May 1, 2016

        Max Roe (@maxroe) posted about it on Tuesday — it was news to him.
        """;
    List<Quotation> quotes = extract(text);
    Quotation post = quoteStarting(quotes, "Big news today");
    assertThat(post.text()).isEqualTo("Big news today for the alliance.");
    assertThat(post.speaker()).contains("Jane Doe");
    assertThat(quotes).noneMatch(q -> q.text().contains("posted about it"));
  }

  @Test
  @DisplayName("a post in tweet markup starts after its opening tag")
  void embeddedPostInMarkup() {
    String text =
        """
        The news spread quickly online.

        <tweet id="1" author="@janedoe" datetime="2016-05-01">Big news today for the alliance. \
        https://t.co/abc — Jane Doe (@janedoe) May 1, 2016</tweet>.
        """;
    Quotation post = quoteStarting(extract(text), "Big news today");
    assertThat(post.text()).isEqualTo("Big news today for the alliance.");
    assertThat(post.speaker()).contains("Jane Doe");
  }
}
