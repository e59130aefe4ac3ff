package io.newsdesk.index;

/**
 * A paragraph-sized piece of an article: {@code text} is the article text from start to end.
 *
 * @param cutBefore the passage starts in the middle of a sentence (a paragraph too long to keep
 *     whole, without a sentence end, was cut between words)
 * @param cutAfter the passage ends in the middle of a sentence
 */
public record Passage(
    String articleId, int start, int end, String text, boolean cutBefore, boolean cutAfter) {}
