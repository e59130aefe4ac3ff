package io.newsdesk.opensearch;

/**
 * What a {@link BulkWriter} did.
 *
 * @param written documents the cluster accepted
 * @param failed documents it refused for good (a mapping error) or still refused after every retry
 * @param retried times a document was sent again after a rejection (429: the cluster is busy) or a
 *     lost connection
 */
public record BulkReport(long written, long failed, long retried) {}
