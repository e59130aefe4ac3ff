package io.newsdesk.answer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a question asks about, read from its words relative to the day it is asked: "this week"
 * is the seven days before, "yesterday" the day before, "in March" the last March that has begun,
 * "in 2022" that year. A year or month used as a name ("the 2022 Emmys", "closed since June 13") is
 * not a period: only one that follows "in", "during", "this", "last" … is. "Latest", "most recent"
 * and "recently" ask for the newest articles without naming days.
 *
 * <p>The period only ranks: an article outside it that alone answers the question still answers.
 *
 * @param from first day asked about
 * @param to last day asked about (never after the day asked)
 * @param words the words that named it, as the question wrote them
 */
record AskedPeriod(LocalDate from, LocalDate to, String words) {
  private static final String MONTHS =
      "january|february|march|april|may|june|july|august|september|october|november|december";

  /** A rule that reads one way of naming days: its pattern and the days a match means. */
  private record Reading(Pattern pattern, BiFunction<Matcher, LocalDate, Period> days) {
    static Reading of(String regex, BiFunction<Matcher, LocalDate, Period> days) {
      return new Reading(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), days);
    }
  }

  private record Period(LocalDate from, LocalDate to) {}

  /** The readings, tried in order; the first that matches names the period. */
  private static final List<Reading> READINGS =
      List.of(
          Reading.of("\\btoday\\b|\\bthis (morning|afternoon|evening)\\b", (m, d) -> days(d, 0)),
          Reading.of("\\byesterday\\b|\\blast night\\b", (m, d) -> new Period(d.minusDays(1), d)),
          Reading.of("\\b(this|past) weekend\\b|\\blast weekend\\b", (m, d) -> weekend(d)),
          Reading.of("\\b(this|past) week\\b", (m, d) -> days(d, 7)),
          Reading.of("\\blast week\\b", (m, d) -> days(d, 14)),
          Reading.of("\\b(this|past) month\\b", (m, d) -> days(d, 31)),
          Reading.of("\\blast month\\b", (m, d) -> days(d, 62)),
          Reading.of(
              "\\b(?:in|during|this|last|early|late|mid) (?:early |late |mid-?)?("
                  + MONTHS
                  + ")(?:,? ((?:19|20)\\d\\d))?\\b",
              AskedPeriod::month),
          Reading.of("\\b(this|past) year\\b", (m, d) -> new Period(d.withDayOfYear(1), d)),
          Reading.of("\\blast year\\b", (m, d) -> year(d.getYear() - 1, d)),
          Reading.of("\\b(?:in|during) ((?:19|20)\\d\\d)\\b", (m, d) -> year(intOf(m, 1), d)));

  private static final Pattern LATEST =
      Pattern.compile(
          "\\b(latest|most recent(ly)?|recently|newest|just (announced|released|named))\\b",
          Pattern.CASE_INSENSITIVE);

  static Optional<AskedPeriod> of(String question, LocalDate asked) {
    for (Reading reading : READINGS) {
      Matcher m = reading.pattern().matcher(question);
      if (m.find()) {
        Period p = reading.days().apply(m, asked);
        if (p == null || p.from().isAfter(asked)) {
          return Optional.empty();
        }
        LocalDate to = p.to().isAfter(asked) ? asked : p.to();
        return Optional.of(new AskedPeriod(p.from(), to, m.group()));
      }
    }
    return Optional.empty();
  }

  /** Whether the question asks for the newest news without naming days ("the latest …"). */
  static boolean asksLatest(String question) {
    return LATEST.matcher(question).find();
  }

  boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  /** Days from the period to a day outside it; 0 inside. */
  long distance(LocalDate day) {
    if (day.isBefore(from)) {
      return from.toEpochDay() - day.toEpochDay();
    }
    return day.isAfter(to) ? day.toEpochDay() - to.toEpochDay() : 0;
  }

  private static Period days(LocalDate asked, int back) {
    return new Period(asked.minusDays(back), asked);
  }

  /** The last weekend that has begun, and the day after it (its news is published then). */
  private static Period weekend(LocalDate asked) {
    LocalDate saturday = asked.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    return new Period(saturday.minusDays(1), saturday.plusDays(2));
  }

  /** A named month: of the year given, else the last one that has begun by the day asked. */
  private static Period month(Matcher m, LocalDate asked) {
    Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
    int year = m.group(2) != null ? intOf(m, 2) : asked.getYear();
    LocalDate first = LocalDate.of(year, month, 1);
    if (m.group(2) == null && first.isAfter(asked)) {
      first = first.minusYears(1);
    }
    return new Period(first, first.with(TemporalAdjusters.lastDayOfMonth()));
  }

  private static Period year(int year, LocalDate asked) {
    if (year < Year.MIN_VALUE || year > asked.getYear()) {
      return null;
    }
    return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  private static int intOf(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
