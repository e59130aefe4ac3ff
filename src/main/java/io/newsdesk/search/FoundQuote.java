package io.newsdesk.search;

import java.util.Optional;

/**
 * A quotation a search found, as stored: its words, the speaker and role its article gives, where
 * it stands in the article, the rule that attributed it, and the search's score.
 */
public record FoundQuote(
    String text,
    Optional<String> speaker,
    Optional<String> role,
    Citation citation,
    int start,
    int end,
    String sieve,
    float score) {}
