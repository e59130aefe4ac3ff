package io.newsdesk.ingest;

import java.util.regex.Pattern;

/** Whitespace normalisation shared by ingest and by the quote checks downstream. */
public final class Whitespace {
  private static final Pattern RUNS = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B]+");

  private Whitespace() {}

  /** Collapses every run of whitespace (including no-break spaces) to one space and trims. */
  public static String normalise(String text) {
    return RUNS.matcher(text).replaceAll(" ").strip();
  }
}
