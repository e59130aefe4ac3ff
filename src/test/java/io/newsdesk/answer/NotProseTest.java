package io.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Headings, captions, gallery text, bylines and embedded posts are not prose")
final class NotProseTest {
  private static String rule(String paragraph) {
    Sentence only = Sentence.of(paragraph).get(0);
    return NotProse.of(paragraph, only).map(NotProse.Rule::name).orElse("prose");
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "US shifts role in Ukraine conflict | heading",
        "Hide Caption 6 of 49 Photos | gallery",
        "Photos: The world's most expensive cities in 2022 | gallery",
        "Mandel Ngan/AFP via Getty Images | photo credit",
        "By Jane Doe and John Roe, CNN | byline",
        "Updated 3:52 PM ET, Fri June 10, 2022 | byline",
        "JUST IN: Senate passes the bill 68-32, sending it to the House. | embedded post",
        "— Jane Doe (@janedoe) June 10, 2022 | embedded post",
        "WATCH: The moment the rocket lifted off from the pad in Florida. | embedded post",
        // the case-blind rules match in any case, before the text is searched for their words
        "CLICK TO ENLARGE the map of the flooded districts | gallery",
        "Swipe For More images of the flooded districts today | gallery",
        "IN PICTURES: the flooded districts of the capital | gallery",
        "Sergei Ivanov/REUTERS via the agency pool | photo credit",
        "Crowds gathered outside the summit hall (PHOTO: Jane Doe) | photo credit",
        "Illustration by Jane Doe for the Sunday edition | photo credit",
        "See the pictures at pic.twitter.com/abc123 now | embedded post",
      })
  @DisplayName("each kind is recognised by its named rule")
  void recognised(String paragraph, String rule) {
    assertThat(rule(paragraph)).isEqualTo(rule);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The Pentagon has yet to use nearly $4 billion of the military aid Congress approved.",
        "Hong Kong received the dubious title of \"priciest city in the world\" for a third year.",
        "By the end of the week, the union said, the strike had halted every freight train.",
        "Photographers lined the quay as the first ferry left at midnight on Tuesday.",
      })
  @DisplayName("sentences of an article's own text are prose, even when they start like chrome")
  void prose(String paragraph) {
    assertThat(rule(paragraph)).isEqualTo("prose");
  }
}
