package io.newsdesk.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Reads the publication dates news files carry, in the formats they actually use. */
public final class Dates {
  private static final List<Function<String, LocalDate>> PARSERS =
      List.of(
          s -> LocalDate.parse(s),
          s -> OffsetDateTime.parse(s).toLocalDate(),
          s -> LocalDateTime.parse(s).toLocalDate(),
          s ->
              LocalDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
                  .toLocalDate(),
          s ->
              LocalDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")).toLocalDate(),
          s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate(),
          s -> LocalDate.parse(s, DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)),
          s -> LocalDate.parse(s, DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH)));

  private Dates() {}

  /** The calendar day of a date or timestamp string, or empty when it is not one. */
  public static Optional<LocalDate> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String s = text.strip();
    for (Function<String, LocalDate> parser : PARSERS) {
      try {
        return Optional.of(parser.apply(s));
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return Optional.empty();
  }
}
