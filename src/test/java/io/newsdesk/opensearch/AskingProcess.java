package io.newsdesk.opensearch;

import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.AskOptions;
import io.newsdesk.config.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A bot's answering side in a process of its own, for {@link SeparateProcessesClusterTest}: asks
 * two questions of the cluster over and over, one line per round ({@code ASKED first=… second=…}),
 * until a stop file appears.
 *
 * <p>Arguments: host, index prefix, stop file, first question, second question.
 */
public final class AskingProcess {
  private AskingProcess() {}

  public static void main(String[] args) throws Exception {
    String host = args[0];
    String prefix = args[1];
    Path stop = Path.of(args[2]);
    AskOptions options = new AskOptions(3, 1, Optional.empty(), 0.3);
    try (ClusterConnection connection =
        ClusterConnection.open(
            new Config.OpenSearch(List.of(host), prefix, true), Optional.empty())) {
      AnswerService answers =
          new AnswerService(
              new ClusterSearch(
                  connection.client(), new Aliases(connection.client(), prefix, Clock.systemUTC())),
              Clock.systemUTC());
      while (!Files.exists(stop)) {
        String first = answers.ask(args[3], options).status().name();
        String second = answers.ask(args[4], options).status().name();
        System.out.println("ASKED first=" + first + " second=" + second);
        System.out.flush();
      }
    }
    System.out.println("ASKED done");
  }
}
