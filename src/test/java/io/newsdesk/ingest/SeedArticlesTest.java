package io.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The seed articles are read into clean Article records")
final class SeedArticlesTest {
  private static final Path SEED_PLAIN = Path.of("seeds/000_97c75e727dbce1ad.txt");
  private static final Path SEED_FRONT_MATTER = Path.of("seeds/001_1f5bda88c7521d9d.txt");

  private static Article only(Path file) throws IngestException {
    ArticleFiles.Contents contents = ArticleFiles.readAll(file);
    assertThat(contents.problems()).isEmpty();
    assertThat(contents.articles()).hasSize(1);
    return contents.articles().get(0);
  }

  @Test
  @DisplayName("front matter gives title and date; the trailing link is the URL and the publisher")
  void frontMatterSeed() throws IngestException {
    Article article = only(SEED_FRONT_MATTER);

    assertThat(article.id()).isEqualTo("001_1f5bda88c7521d9d");
    assertThat(article.title())
        .isEqualTo("Hegseth rules out NATO membership for Ukraine in peace deal with Russia");
    assertThat(article.published()).contains(LocalDate.of(2025, 2, 12));
    assertThat(article.url())
        .contains(
            "https://thehill.com/policy/defense/5140389-hegseth-nato-membership-ukraine-russia/");
    assertThat(article.source()).contains("thehill.com");
    assertThat(article.paragraphs()).hasSize(6);
    assertThat(article.paragraphs().get(0))
        .startsWith("Defense Secretary Pete Hegseth on Wednesday said");
    assertThat(article.paragraphs().get(5)).endsWith("focused on the security of Europe.”");
  }

  @Test
  @DisplayName("the newsletter sign-up block and the source link are not part of the body")
  void frontMatterSeedHasNoBoilerplate() throws IngestException {
    String text = only(SEED_FRONT_MATTER).text();

    for (String boilerplate :
        List.of(
            "Subscribe",
            "Thank you for signing up",
            "Close",
            "newsletter",
            "Direct to your inbox",
            "The latest in politics and policy",
            "sailthru",
            "](",
            "thehill.com")) {
      assertThat(text).doesNotContainIgnoringCase(boilerplate);
    }
  }

  @Test
  @DisplayName(
      "plain text: title from the first sentence, publisher from its links, no URL or date invented")
  void plainSeed() throws IngestException {
    Article article = only(SEED_PLAIN);

    assertThat(article.title()).startsWith("US Defense Secretary Pete Hegseth stated on Wednesday");
    assertThat(article.title().length()).isLessThanOrEqualTo(151);
    assertThat(article.url()).isEmpty();
    assertThat(article.published()).isEmpty();
    assertThat(article.source()).contains("greekreporter.com");
    assertThat(article.authors()).isEmpty();
  }

  @Test
  @DisplayName("plain text: one paragraph per line, image markup and pic.twitter.com links removed")
  void plainSeedBody() throws IngestException {
    Article article = only(SEED_PLAIN);

    assertThat(article.text()).doesNotContain("![", "pic.twitter.com", "https://", "wp-content");
    assertThat(article.paragraphs())
        .contains(
            "JUST IN: 🇺🇸🇺🇦 United States says Ukraine will not join NATO and US troops will not be deployed to Ukraine.",
            "— BRICS News (@BRICSinfo) February 12, 2025",
            "NATO allies avoid publicly ruling out membership",
            "“We must equalize security assistance to Ukraine. But to really change the trajectory of the"
                + " conflict, we need to do even more,” Rutte said.");
    assertThat(article.paragraphs().get(0)).startsWith("US Defense Secretary Pete Hegseth stated");
  }
}
