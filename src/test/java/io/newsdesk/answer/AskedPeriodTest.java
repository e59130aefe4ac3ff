package io.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The days a question asks about are read relative to the day it is asked")
final class AskedPeriodTest {
  private static final LocalDate ASKED = LocalDate.of(2022, 6, 10); // a Friday

  @ParameterizedTest(name = "{0} → {1} … {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Who resigned this week? | 2022-06-03 | 2022-06-10",
        "What did the Fed announce yesterday? | 2022-06-09 | 2022-06-10",
        "Which team won today? | 2022-06-10 | 2022-06-10",
        "What happened last week in Congress? | 2022-05-27 | 2022-06-10",
        "Which company was fined in March? | 2022-03-01 | 2022-03-31",
        "Which company was fined in July? | 2021-07-01 | 2021-07-31",
        "Who won the election in November 2020? | 2020-11-01 | 2020-11-30",
        "Who was elected in 2021? | 2021-01-01 | 2021-12-31",
        "How many jobs were added this year? | 2022-01-01 | 2022-06-10",
        "Who won the title last year? | 2021-01-01 | 2021-12-31",
        "Which film topped the box office this weekend? | 2022-06-03 | 2022-06-06",
      })
  @DisplayName("named days become a period that never ends after the day asked")
  void periods(String question, LocalDate from, LocalDate to) {
    Optional<AskedPeriod> period = AskedPeriod.of(question, ASKED);

    assertThat(period).isPresent();
    assertThat(period.get().from()).isEqualTo(from);
    assertThat(period.get().to()).isEqualTo(to);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The nominees for the 2022 Primetime Emmys were announced. Which show led?",
        "Yellowstone partially reopened after being closed since June 13. Why was it shut?",
        "Which retailer lowered gas prices through July 4 weekend?",
        "Who scored the winning goal in the Euro 2022 final?",
        "Will Ukraine join NATO?",
        "Who will be elected in 2030?",
      })
  @DisplayName("a year or month used as a name, a future year, or no time words name no period")
  void noPeriod(String question) {
    assertThat(AskedPeriod.of(question, ASKED)).isEmpty();
  }

  @Test
  @DisplayName("'latest', 'most recent' and 'recently' ask for the newest without naming days")
  void latest() {
    assertThat(AskedPeriod.asksLatest("Which nation is the latest to legalise same-sex marriage?"))
        .isTrue();
    assertThat(AskedPeriod.asksLatest("Who most recently agreed to meet the committee?")).isTrue();
    assertThat(AskedPeriod.asksLatest("Which nation legalised same-sex marriage?")).isFalse();
  }

  @Test
  @DisplayName("distance is 0 inside the period and counts days to its nearest end outside it")
  void distance() {
    AskedPeriod march = AskedPeriod.of("What happened in March?", ASKED).orElseThrow();

    assertThat(march.distance(LocalDate.of(2022, 3, 15))).isZero();
    assertThat(march.distance(LocalDate.of(2022, 2, 26))).isEqualTo(3);
    assertThat(march.distance(LocalDate.of(2022, 4, 10))).isEqualTo(10);
    assertThat(march.contains(LocalDate.of(2022, 3, 31))).isTrue();
    assertThat(march.contains(LocalDate.of(2022, 4, 1))).isFalse();
  }
}
