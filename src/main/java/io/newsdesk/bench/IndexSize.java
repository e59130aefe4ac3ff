package io.newsdesk.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.codecs.CompoundDirectory;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The size of a Lucene index's last commit, and how much of it is vectors: the files a commit
 * references, not what a running merge is writing beside them. Vectors inside a compound file are
 * counted from the compound file's table of contents.
 *
 * @param bytes every file of the commit
 * @param vectorBytes the vector files among them (the {@code .ve*} files of the vector formats)
 */
public record IndexSize(long bytes, long vectorBytes) {

  static IndexSize of(Path luceneFolder) throws IOException {
    try (Directory directory = FSDirectory.open(luceneFolder)) {
      SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
      long bytes = 0;
      for (String file : commit.files(true)) {
        bytes += directory.fileLength(file);
      }
      long vectors = 0;
      for (SegmentCommitInfo segment : commit) {
        vectors += vectorBytes(directory, segment.info);
      }
      return new IndexSize(bytes, vectors);
    }
  }

  double megabytes() {
    return bytes / (1024.0 * 1024.0);
  }

  double megabytesBeforeVectors() {
    return (bytes - vectorBytes) / (1024.0 * 1024.0);
  }

  private static long vectorBytes(Directory directory, SegmentInfo segment) throws IOException {
    if (!segment.getUseCompoundFile()) {
      return vectorBytes(directory, segment.files().toArray(String[]::new));
    }
    try (CompoundDirectory compound =
        segment.getCodec().compoundFormat().getCompoundReader(directory, segment)) {
      return vectorBytes(compound, compound.listAll());
    }
  }

  private static long vectorBytes(Directory directory, String[] files) throws IOException {
    long bytes = 0;
    for (String file : files) {
      String extension = file.substring(file.lastIndexOf('.') + 1);
      if (extension.startsWith("ve")) {
        bytes += directory.fileLength(file);
      }
    }
    return bytes;
  }
}
