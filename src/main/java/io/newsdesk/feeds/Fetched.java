package io.newsdesk.feeds;

import java.net.URI;
import java.util.Optional;

/**
 * What a GET brought back.
 *
 * @param uri where the body came from, after redirects
 * @param notModified the server answered 304: what was fetched before is still current
 * @param contentType the Content-Type header, when given
 * @param etag the ETag header, for the next conditional GET
 * @param lastModified the Last-Modified header, for the next conditional GET
 */
record Fetched(
    URI uri,
    boolean notModified,
    byte[] body,
    Optional<String> contentType,
    Optional<String> etag,
    Optional<String> lastModified) {}
