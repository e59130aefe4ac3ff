package io.newsdesk.cli;

import io.newsdesk.render.JsonReply;
import io.newsdesk.render.PostedReply;
import io.newsdesk.render.TextReply;
import io.newsdesk.render.WhoSaidEmbeds;
import io.newsdesk.whosaid.WhoSaidAnswer;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsdesk who-said "PHRASE"}: who said it, verbatim, with the sources. */
@Command(name = "who-said", description = "Find a quotation in the news and name who said it.")
final class WhoSaidCommand implements Callable<Integer> {
  @ParentCommand NewsdeskCli root;

  @Mixin ReplyFormat format;

  @Parameters(
      arity = "1..*",
      paramLabel = "PHRASE",
      description = "Words of the quotation, as remembered.")
  List<String> words;

  @Override
  public Integer call() throws Exception {
    ReplyFormat.Format as = format.format();
    return root.printReply(
        newsdesk -> {
          WhoSaidAnswer answer = newsdesk.whoSaid().whoSaid(String.join(" ", words));
          return switch (as) {
            case TEXT -> TextReply.whoSaid(answer);
            case DISCORD -> PostedReply.markdown(WhoSaidEmbeds.render(answer));
            case JSON -> JsonReply.whoSaid(answer);
          };
        });
  }
}
