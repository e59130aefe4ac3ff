package io.newsdesk.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/**
 * Indices behind aliases. Newsdesk searches and writes {@code prefix-passages} (an alias), never an
 * index by name; the index behind it is {@code prefix-passages-v1-20250214t101500123}: the format
 * ({@link IndexDefinition#FORMAT}) and when it was made. A rebuild, or a new format, fills new
 * indices while the old ones still answer, then moves the aliases in one request, so every search
 * sees either the old indices or the new ones, never a mix or nothing.
 */
public final class Aliases {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final OpenSearchClient client;
  private final String prefix;
  private final Clock clock;

  public Aliases(OpenSearchClient client, String prefix, Clock clock) {
    this.client = client;
    this.prefix = prefix;
    this.clock = clock;
  }

  private static final Pattern FORMAT_IN_NAME = Pattern.compile("^-v(\\d+)-");

  /** The start of every index and alias name of this Newsdesk. */
  public String prefix() {
    return prefix;
  }

  /**
   * The format of the index behind a kind's alias ({@link IndexDefinition#FORMAT} when it was
   * made); 0 when there is none, or its name says no format.
   */
  public int currentFormat(IndexKind kind) throws IOException {
    List<String> current = current(kind);
    if (current.size() != 1) {
      return 0;
    }
    String rest = current.get(0).substring(Math.min(current.get(0).length(), alias(kind).length()));
    Matcher format = FORMAT_IN_NAME.matcher(rest);
    return format.find() ? Integer.parseInt(format.group(1)) : 0;
  }

  /** Whether every kind has an index in use (`newsdesk index` filled the cluster). */
  public boolean filled() throws IOException {
    for (IndexKind kind : IndexKind.values()) {
      if (current(kind).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether every kind has an index in use of this version's format: one that may be written to as
   * it is (else it must be rebuilt).
   */
  public boolean filledInThisFormat() throws IOException {
    for (IndexKind kind : IndexKind.values()) {
      if (currentFormat(kind) != IndexDefinition.FORMAT) {
        return false;
      }
    }
    return true;
  }

  /**
   * Deletes the documents that match {@code query} from every index in use, as a task (see {@link
   * ClusterJson#task}); documents written meanwhile are left alone.
   */
  void deleteInUse(ObjectNode query) throws IOException {
    ObjectNode body = ClusterJson.object();
    body.set("query", query);
    ClusterJson.task(client, "/" + all() + "/_delete_by_query?conflicts=proceed", body);
  }

  /** Makes what was written to or deleted from the indices in use searchable now. */
  void refreshInUse() throws IOException {
    ClusterJson.post(client, "/" + all() + "/_refresh", ClusterJson.object());
  }

  /** Every kind's alias, comma-separated: one request to all of them. */
  private String all() {
    List<String> names = new ArrayList<>();
    for (IndexKind kind : IndexKind.values()) {
      names.add(alias(kind));
    }
    return String.join(",", names);
  }

  /** The alias searches and writes use for a kind. */
  public String alias(IndexKind kind) {
    return prefix + "-" + kind.suffix();
  }

  /** Creates a new, empty index of a kind, not yet behind its alias; its name. */
  public String create(IndexKind kind, IndexDefinition definition) throws IOException {
    String name =
        alias(kind)
            + "-v"
            + IndexDefinition.FORMAT
            + "-"
            + STAMP.format(clock.instant()).toLowerCase(Locale.ROOT);
    try (Response response =
        client
            .generic()
            .execute(
                Requests.builder()
                    .method("PUT")
                    .endpoint("/" + name)
                    .json(definition.body(kind).toString())
                    .build())) {
      if (response.getStatus() != 200) {
        throw new IOException(
            "cannot create index "
                + name
                + ": HTTP "
                + response.getStatus()
                + " "
                + response.getBody().map(b -> b.bodyAsString()).orElse(""));
      }
    }
    return name;
  }

  /** The indices behind a kind's alias now: one, or none before the first switch. */
  public List<String> current(IndexKind kind) throws IOException {
    try {
      return new ArrayList<>(client.indices().getAlias(g -> g.name(alias(kind))).result().keySet());
    } catch (OpenSearchException e) {
      if (e.status() == 404) {
        return List.of();
      }
      throw e;
    }
  }

  /**
   * Puts the alias of a kind on {@code index} and takes it off every other index, in one request:
   * the cluster applies all of it or none.
   */
  public void switchTo(IndexKind kind, String index) throws IOException {
    String alias = alias(kind);
    List<String> before = current(kind);
    client
        .indices()
        .updateAliases(
            u -> {
              for (String old : before) {
                if (!old.equals(index)) {
                  u.actions(a -> a.remove(r -> r.index(old).alias(alias)));
                }
              }
              return u.actions(a -> a.add(add -> add.index(index).alias(alias)));
            });
  }

  /** Deletes the indices of a kind that are not behind its alias (left by earlier rebuilds). */
  public List<String> deleteUnused(IndexKind kind) throws IOException {
    List<String> inUse = current(kind);
    List<String> deleted = new ArrayList<>();
    for (String index : indices(kind)) {
      if (!inUse.contains(index)) {
        client.indices().delete(d -> d.index(index));
        deleted.add(index);
      }
    }
    return deleted;
  }

  /** Every index of a kind, whatever its format or age. */
  public List<String> indices(IndexKind kind) throws IOException {
    return new ArrayList<>(
        client.indices().get(g -> g.index(alias(kind) + "-v*")).result().keySet());
  }
}
