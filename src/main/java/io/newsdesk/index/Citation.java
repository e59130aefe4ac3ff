package io.newsdesk.index;

import java.time.LocalDate;
import java.util.Optional;

/** Where an excerpt comes from, as a reply shows it. Empty fields are unknown, never guessed. */
public record Citation(
    String articleId,
    String title,
    Optional<String> source,
    Optional<LocalDate> published,
    Optional<String> url) {}
