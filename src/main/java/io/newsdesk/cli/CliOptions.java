package io.newsdesk.cli;

/** Checks of numbers typed on the command line, each failing with one line naming the option. */
final class CliOptions {
  private CliOptions() {}

  static void requireBetween(String option, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      throw new NewsdeskCli.UserError(
          option + ": must be " + min + " to " + max + ", was " + value);
    }
  }
}
