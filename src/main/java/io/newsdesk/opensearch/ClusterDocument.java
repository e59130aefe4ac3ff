package io.newsdesk.opensearch;

import java.util.Map;

/**
 * One document for the cluster: which index, its id, and its fields.
 *
 * @param id made from what the document is (an article's key, and a passage's or quotation's
 *     number), never random: writing the same article twice replaces its documents instead of
 *     adding copies, so an interrupted ingest can simply be run again
 */
public record ClusterDocument(IndexKind kind, String id, Map<String, Object> source) {
  public ClusterDocument {
    source = Map.copyOf(source);
  }
}
