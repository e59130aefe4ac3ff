package io.newsdesk.whosaid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Contractions are written out alike, whichever apostrophe the text uses")
final class ContractionsTest {

  @ParameterizedTest(name = "[{index}] {0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "there won't be U.S. troops | there will not be U.S. troops",
        "there won’t be American troops | there will not be American troops",
        "I can’t and I cannot | I can not and I can not",
        "I don’t know what they’re going to say | I do not know what they are going to say",
        "We’ve said it, I’m sure we’ll say it | We have said it, I am sure we will say it",
        "Trump’s plan, ISIS’ recruiter | Trump's plan, ISIS' recruiter",
        "Donald Trump‘s ignorant view | Donald Trump's ignorant view",
        "NATO membership is not realistic | NATO membership is not realistic",
      })
  @DisplayName("contractions become their words; a possessive only gets a plain apostrophe")
  void expanded(String text, String expected) {
    assertThat(Contractions.expanded(text)).isEqualTo(expected);
  }
}
