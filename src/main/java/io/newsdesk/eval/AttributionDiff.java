package io.newsdesk.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.ingest.Article;
import io.newsdesk.ingest.ArticleFiles;
import io.newsdesk.ingest.IngestException;
import io.newsdesk.quotes.Quotation;
import io.newsdesk.quotes.QuoteExtractor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The safety net of the attribution code: every quotation of a corpus with its speaker, role and
 * the sieve that decided it, written as JSON lines, and what changed between two such files, by
 * kind. A refactoring changes nothing here; an improvement shows its changes as examples.
 */
public final class AttributionDiff {
  /** Examples printed per kind of change. */
  static final int EXAMPLES = 5;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One quotation as written: where it is, who said it, and which sieve said so. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Row(
      String article, int start, int end, String speaker, String role, String sieve, String text) {
    String key() {
      return article + "@" + start + "-" + end;
    }
  }

  /** The kinds of change, in the order they are printed. */
  enum Change {
    RENAMED("renamed (the same person, another form)"),
    NAMED_TO_NOBODY("named → nobody"),
    NOBODY_TO_NAMED("nobody → named"),
    OTHER_NAME("name → other name"),
    ROLE("role changed"),
    SIEVE("decided by another sieve (same speaker)"),
    NEW("new quotation"),
    GONE("quotation gone");

    final String label;

    Change(String label) {
      this.label = label;
    }
  }

  /** A change of one quotation. */
  record Difference(Change kind, Row before, Row after) {}

  private AttributionDiff() {}

  /** Extracts every quotation of {@code articles} and writes it to {@code out}; returns a count. */
  public static long write(Path articles, Path out) throws IOException {
    QuoteExtractor extractor = new QuoteExtractor();
    long[] count = {0};
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Path file : ArticleFiles.list(articles).files()) {
        ArticleFiles.read(
            articles,
            file,
            pending -> {
              try {
                Article article = pending.parse();
                for (Quotation q : extractor.extract(article)) {
                  writer.write(JSON.writeValueAsString(row(article.id(), q)));
                  writer.newLine();
                  count[0]++;
                }
              } catch (IngestException e) {
                // a line the indexer would skip too: nothing to compare
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      }
    } catch (IngestException e) {
      throw new IOException(e.getMessage(), e);
    }
    return count[0];
  }

  static Row row(String article, Quotation q) {
    String text =
        q.text().codePointCount(0, q.text().length()) > 80
            ? q.text().substring(0, q.text().offsetByCodePoints(0, 79)) + "…"
            : q.text();
    return new Row(
        article,
        q.start(),
        q.end(),
        q.speaker().orElse(null),
        q.role().orElse(null),
        q.sieve().isEmpty() ? null : q.sieve(),
        text);
  }

  /** Reads a file written by {@link #write}. */
  public static List<Row> read(Path file) throws IOException {
    return JsonLines.read(file, Row.class);
  }

  /** Every change from {@code before} to {@code after}, in the order of {@code after}. */
  static List<Difference> compare(List<Row> before, List<Row> after) {
    Map<String, Row> old = byKey(before);
    Map<String, Row> now = byKey(after);
    List<Difference> out = new ArrayList<>();
    for (Row row : now.values()) {
      Row was = old.get(row.key());
      if (was == null) {
        out.add(new Difference(Change.NEW, null, row));
      } else {
        kind(was, row).ifPresent(kind -> out.add(new Difference(kind, was, row)));
      }
    }
    for (Row row : old.values()) {
      if (!now.containsKey(row.key())) {
        out.add(new Difference(Change.GONE, row, null));
      }
    }
    return out;
  }

  private static java.util.Optional<Change> kind(Row was, Row now) {
    if (!Objects.equals(was.speaker(), now.speaker())) {
      if (now.speaker() == null) {
        return java.util.Optional.of(Change.NAMED_TO_NOBODY);
      }
      if (was.speaker() == null) {
        return java.util.Optional.of(Change.NOBODY_TO_NAMED);
      }
      return java.util.Optional.of(
          samePerson(was.speaker(), now.speaker()) ? Change.RENAMED : Change.OTHER_NAME);
    }
    if (!Objects.equals(was.role(), now.role())) {
      return java.util.Optional.of(Change.ROLE);
    }
    if (was.sieve() != null && !Objects.equals(was.sieve(), now.sieve())) {
      return java.util.Optional.of(Change.SIEVE);
    }
    return java.util.Optional.empty();
  }

  /** "Biden" and "Joe Biden": one name's last word is the other's. */
  static boolean samePerson(String a, String b) {
    return lastWord(a).equals(lastWord(b));
  }

  private static String lastWord(String name) {
    String[] words = name.toLowerCase(Locale.ROOT).strip().split("\\s+");
    return words[words.length - 1];
  }

  private static Map<String, Row> byKey(List<Row> rows) {
    return rows.stream()
        .collect(Collectors.toMap(Row::key, Function.identity(), (a, b) -> b, LinkedHashMap::new));
  }

  /** Prints the changes by kind, with a few examples each; returns how many changed. */
  public static int report(List<Row> before, List<Row> after, PrintStream out) {
    List<Difference> changes = compare(before, after);
    out.printf(
        Locale.ROOT,
        "quotations: %d before, %d after; changed: %d%n",
        before.size(),
        after.size(),
        changes.size());
    Map<Change, List<Difference>> byKind =
        changes.stream()
            .collect(
                Collectors.groupingBy(
                    Difference::kind,
                    () -> new java.util.EnumMap<>(Change.class),
                    Collectors.toList()));
    for (Map.Entry<Change, List<Difference>> kind : byKind.entrySet()) {
      out.printf(Locale.ROOT, "%s: %d%n", kind.getKey().label, kind.getValue().size());
      for (Difference d : kind.getValue().subList(0, Math.min(EXAMPLES, kind.getValue().size()))) {
        out.println("  " + describe(d));
      }
    }
    return changes.size();
  }

  static String describe(Difference d) {
    Row any = d.after() != null ? d.after() : d.before();
    return String.format(
        Locale.ROOT,
        "%s %d-%d “%s”: %s → %s",
        any.article(),
        any.start(),
        any.end(),
        any.text(),
        d.before() == null ? "-" : who(d.before()),
        d.after() == null ? "-" : who(d.after()));
  }

  private static String who(Row row) {
    String name = row.speaker() == null ? "nobody" : row.speaker();
    String role = row.role() == null ? "" : " (" + row.role() + ")";
    String sieve = row.sieve() == null ? "" : " [" + row.sieve() + "]";
    return name + role + sieve;
  }
}
