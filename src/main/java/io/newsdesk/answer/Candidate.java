package io.newsdesk.answer;

import io.newsdesk.search.Citation;

/**
 * A passage that the search found, before its best sentences are chosen; {@code cutBefore} and
 * {@code cutAfter} say it starts or ends mid-sentence (see {@link io.newsdesk.index.Passage}).
 *
 * @param lexicalRank its place among the passages found by words (from 0), -1 when not among them
 * @param meaningRank its article's place among those nearest the question in meaning, or -1
 */
record Candidate(
    Citation citation,
    String text,
    int start,
    double score,
    boolean cutBefore,
    boolean cutAfter,
    int lexicalRank,
    int meaningRank) {}
