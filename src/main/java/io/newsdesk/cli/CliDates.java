package io.newsdesk.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates typed on the command line. */
final class CliDates {
  private CliDates() {}

  static LocalDate parse(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new NewsdeskCli.UserError(
          "--as-of: '" + text + "' is not a date; use YYYY-MM-DD, e.g. 2025-02-12");
    }
  }
}
