package io.newsdesk.search;

/**
 * A passage as stored: its article's citation, its text, where it starts in the article, and
 * whether it was cut mid-sentence before or after (see {@link io.newsdesk.index.Passage}).
 */
public record StoredPassage(
    Citation citation, String text, int start, boolean cutBefore, boolean cutAfter) {}
