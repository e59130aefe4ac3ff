package io.newsdesk.bench;

import io.newsdesk.index.Passage;
import io.newsdesk.index.PassageSplitter;
import io.newsdesk.ingest.Article;
import io.newsdesk.ingest.ArticleFiles;
import io.newsdesk.ingest.IngestException;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline's index: plain Lucene, one document per passage (the passages Newsdesk cuts the same
 * articles into), its text analysed by {@link EnglishAnalyzer} and stored, with the article's title
 * and id to cite and its day to leave out what was published after a question's date. Built on one
 * thread, timed from reading the first article to the commit.
 */
final class BareIndex implements Closeable {
  static final String TEXT = "text";
  static final String TITLE = "title";
  static final String ARTICLE_ID = "article_id";
  static final String PUBLISHED = "published";

  /** What a build did: articles read and indexed, their passages, and how long it took. */
  record Built(int articles, int passages, int skipped, double seconds) {}

  private final Directory directory;
  private final DirectoryReader reader;
  private final Built built;

  private BareIndex(Directory directory, DirectoryReader reader, Built built) {
    this.directory = directory;
    this.reader = reader;
    this.built = built;
  }

  /** Indexes the articles of a file, or of every article file below a folder, into {@code dir}. */
  static BareIndex build(Path articles, Path dir, PrintStream log) throws IOException {
    Directory directory = FSDirectory.open(dir);
    try {
      long started = System.nanoTime();
      Counts counts = new Counts();
      try (IndexWriter writer =
          new IndexWriter(directory, new IndexWriterConfig(new EnglishAnalyzer()))) {
        for (Path file : files(articles)) {
          indexFile(writer, root(articles), file, counts, log);
        }
        writer.commit();
      }
      Built built =
          new Built(
              counts.articles,
              counts.passages,
              counts.skipped,
              (System.nanoTime() - started) / 1e9);
      return new BareIndex(directory, DirectoryReader.open(directory), built);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  DirectoryReader reader() {
    return reader;
  }

  Built built() {
    return built;
  }

  private static final class Counts {
    int articles;
    int passages;
    int skipped;
  }

  private static List<Path> files(Path articles) {
    return Files.isDirectory(articles) ? ArticleFiles.list(articles).files() : List.of(articles);
  }

  private static Path root(Path articles) {
    Path absolute = articles.toAbsolutePath();
    return Files.isDirectory(absolute) ? absolute : absolute.getParent();
  }

  private static void indexFile(
      IndexWriter writer, Path root, Path file, Counts counts, PrintStream log) throws IOException {
    try {
      ArticleFiles.read(
          root,
          file,
          pending -> {
            try {
              List<Document> docs = documents(pending.parse());
              writer.addDocuments(docs);
              counts.articles++;
              counts.passages += docs.size();
            } catch (IngestException e) {
              counts.skipped++;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (IngestException e) {
      log.println("bare index: skipped " + e.problem().describe());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** One document per passage of the article. */
  static List<Document> documents(Article article) {
    return PassageSplitter.split(article).stream().map(p -> document(article, p)).toList();
  }

  private static Document document(Article article, Passage passage) {
    Document doc = new Document();
    doc.add(new TextField(TEXT, passage.text(), Field.Store.YES));
    doc.add(new StoredField(TITLE, article.title()));
    doc.add(new StoredField(ARTICLE_ID, article.id()));
    article.published().ifPresent(day -> doc.add(new LongPoint(PUBLISHED, day.toEpochDay())));
    return doc;
  }

  @Override
  public void close() throws IOException {
    try (directory) {
      reader.close();
    }
  }
}
