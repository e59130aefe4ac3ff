package io.newsdesk.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Everything Newsdesk can be told, loaded once by {@link ConfigLoader#load}. Each record checks its
 * own values, naming the key, so a wrong value stops start-up with a message that says which.
 */
public record Config(
    @JsonProperty(required = true) Articles articles,
    @JsonProperty(required = true) Index index,
    @JsonProperty(required = true) Answer answer) {

  public Config {
    require(articles != null, "articles: section is missing");
    require(index != null, "index: section is missing");
    require(answer != null, "answer: section is missing");
  }

  /** Where the articles are: files or folders, relative to the Newsdesk home. */
  public record Articles(List<String> paths) {
    public Articles {
      require(paths != null && !paths.isEmpty(), "paths: give at least one file or folder");
      require(paths.stream().noneMatch(p -> p == null || p.isBlank()), "paths: an entry is empty");
      paths = List.copyOf(paths);
    }
  }

  /** Where the Lucene index lives. */
  public record Index(String path) {
    public Index {
      require(path != null && !path.isBlank(), "path: must name a folder");
    }
  }

  /**
   * How replies look: how many excerpts, how many per article, and how much of a question a passage
   * must cover (share of the question's weighted terms) to count as an answer.
   */
  public record Answer(int excerpts, int perArticle, double minCoverage) {
    public Answer {
      require(excerpts >= 1 && excerpts <= 10, "excerpts: must be 1 to 10, was " + excerpts);
      require(
          perArticle >= 1 && perArticle <= 10, "per-article: must be 1 to 10, was " + perArticle);
      require(
          minCoverage > 0 && minCoverage <= 1,
          "min-coverage: must be above 0 and at most 1, was " + minCoverage);
    }
  }

  static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
