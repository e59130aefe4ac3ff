package io.newsdesk.answer;

import io.newsdesk.index.Citation;

/**
 * A passage that the search found, before its best sentences are chosen; {@code cutBefore} and
 * {@code cutAfter} say it starts or ends mid-sentence (see {@link io.newsdesk.index.Passage}).
 */
record Candidate(
    Citation citation, String text, int start, double score, boolean cutBefore, boolean cutAfter) {}
