package io.newsdesk.feeds;

import io.newsdesk.ingest.Article;

/**
 * An article read from a feed, ready to index.
 *
 * @param guid the item's id in the feed: a new version of the item replaces this one
 * @param fullText whether the text is the page's article (else it is the feed's own text)
 */
public record FeedArticle(Article article, String guid, boolean fullText) {}
