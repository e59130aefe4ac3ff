package io.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.newsdesk.index.IndexReport;
import io.newsdesk.index.TestIndex;
import io.newsdesk.ingest.ArticleFiles;
import io.newsdesk.ingest.IngestException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Questions are answered with verbatim excerpts from the right articles")
final class AnswerServiceTest {
  private static final String THE_HILL_URL =
      "https://thehill.com/policy/defense/5140389-hegseth-nato-membership-ukraine-russia/";
  private static final String HEGSETH_SENTENCE =
      "Defense Secretary Pete Hegseth on Wednesday said he does not believe Ukraine joining NATO"
          + " is “realistic,”";

  private static final AskOptions DEFAULTS = new AskOptions(3, 1, Optional.empty(), 0.3);

  @TempDir static Path dir;
  private static TestIndex index;
  private static AnswerService answers;

  /** Where each indexed article came from, by article id. */
  private static final Map<String, Path> FILES = new HashMap<>();

  @BeforeAll
  static void indexFixturesAndSeeds() throws IOException {
    Path fixtures = Files.createDirectories(dir.resolve("articles"));
    write(
        fixtures,
        "desalination",
        "Port Meridian opens its desalination plant",
        "2024-03-01",
        "The desalination plant in Port Meridian opened on Friday after four years of building."
            + " The mayor said the plant will turn seawater into drinking water for ninety thousand"
            + " homes, ending the summer rationing that the harbour city has lived with since the"
            + " drought of 2019. Engineers ran the first pumps at dawn, and the first water reached"
            + " the reservoir on the hill above the old town by the afternoon. A brass band played on"
            + " the quay.",
        "Critics of the desalination plant in Port Meridian point to its power bill. The plant"
            + " needs as much electricity as a small town, and the brine it returns to the bay is"
            + " twice as salty as seawater. Fishermen fear for the mussel beds near the outfall, and"
            + " a group of divers has asked the regional court to order independent tests of the"
            + " water around the pipe before the summer season starts.",
        "Port Meridian paid for the desalination plant with a loan from the national investment"
            + " fund, to be repaid from water bills over thirty years. Households will pay about four"
            + " euros more each month, the utility said, while hotels and the shipyard will pay a"
            + " higher rate. The council expects the plant to pay for itself if tourism keeps"
            + " growing at its current pace through the next decade.");
    write(
        fixtures,
        "rail",
        "Rail strike halts freight across the northern provinces",
        "2024-06-15",
        "Rail workers in the northern provinces walked out on Monday over pay and the closure of"
            + " three maintenance depots, halting freight trains for the whole week. The union said"
            + " drivers had gone two years without a raise while the operator paid record"
            + " dividends. Timber and ore piled up at the sidings near Karsby.");
    write(
        fixtures,
        "rates",
        "Central bank raises interest rates to curb inflation",
        "2025-05-20",
        "The central bank raised its main interest rate by half a point to 4.75 percent on"
            + " Tuesday, its third increase this year, saying inflation in food and energy prices"
            + " had not slowed as hoped. Mortgage lenders are expected to pass the rise on to"
            + " borrowers within weeks.");
    write(
        fixtures,
        "harvest",
        "Orchard growers report a record apple harvest in the Vellmar valley",
        null,
        "Orchard growers in the Vellmar valley picked a record apple harvest this autumn, helped"
            + " by a wet spring and no late frost. The growers' cooperative said cold stores were"
            + " full and that some of the apples would be pressed into cider.");
    write(
        fixtures,
        "ferry",
        "Ferry operator adds night crossings to Saltholm island",
        "2023-11-02",
        "The ferry operator will add two night crossings to Saltholm island from December, so that"
            + " nurses on late shifts at the island hospital can get home. The crossings leave the"
            + " mainland pier at midnight and at two in the morning.");
    write(
        fixtures,
        "museum-2024",
        "Harbour trust keeps the Tessaly lighthouse museum",
        "2024-01-10",
        "The Tessaly lighthouse museum is run by the harbour trust, which took it over from the"
            + " navy in 1998 and keeps the lamp room open to visitors on weekends.");
    write(
        fixtures,
        "museum-2025",
        "Volunteers take over the Tessaly lighthouse museum",
        "2025-08-28",
        "The Tessaly lighthouse museum is now run by a volunteer society, after the harbour trust"
            + " gave it up this summer; the lamp room stays open to visitors on weekends.");
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      seeds.forEach(seed -> FILES.put(idOf(seed), seed));
    }
    index = TestIndex.open(dir.resolve("index"));
    IndexReport report = index.update(List.of(fixtures, Path.of("seeds")));

    assertThat(report.indexed()).isEqualTo(9);
    answers =
        new AnswerService(
            index.index(),
            Clock.fixed(
                LocalDate.of(2025, 9, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static void write(
      Path folder, String name, String title, String date, String... paragraphs)
      throws IOException {
    String front =
        "---\ntitle: \""
            + title
            + "\"\n"
            + (date == null ? "" : "date: " + date + "\n")
            + "---\n\n";
    Path file = folder.resolve(name + ".md");
    Files.writeString(file, front + String.join("\n\n", paragraphs) + "\n");
    FILES.put(name, file);
  }

  private static String idOf(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.indexOf('.'));
  }

  private static Set<String> stems(String text) {
    Set<String> out = new java.util.HashSet<>();
    QuestionTerms.tokens(index.analyzer(), io.newsdesk.index.Fields.TEXT, text)
        .forEach(t -> out.add(t.term()));
    return out;
  }

  private static Answer ask(String question) {
    return answers.ask(question, DEFAULTS);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "When did the desalination plant in Port Meridian open?, desalination",
    "Why did rail workers in the northern provinces strike?, rail",
    "Did the central bank raise interest rates?, rates",
    "How big was the apple harvest in the Vellmar valley?, harvest",
    "Will there be night ferry crossings to Saltholm?, ferry",
    "What did Mark Rutte say about security assistance to Ukraine?, 000_97c75e727dbce1ad",
  })
  @DisplayName("a specific question puts the article that answers it first")
  void rightArticleFirst(String question, String articleId) {
    Answer answer = ask(question);

    assertThat(answer.status()).isEqualTo(Answer.Status.ANSWERED);
    assertThat(answer.excerpts().get(0).citation().articleId()).isEqualTo(articleId);
  }

  @Test
  @DisplayName("'Will Ukraine join NATO?' quotes The Hill's answering sentence, with its url")
  void natoExample() {
    Answer answer = ask("Will Ukraine join NATO?");

    assertThat(answer.status()).isEqualTo(Answer.Status.ANSWERED);
    assertThat(answer.excerpts())
        .anySatisfy(
            excerpt -> {
              assertThat(excerpt.text()).contains(HEGSETH_SENTENCE);
              assertThat(excerpt.citation().url()).contains(THE_HILL_URL);
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Will Ukraine join NATO?",
        "Who said we must equalize security assistance to Ukraine?",
        "When did the desalination plant in Port Meridian open?",
        "desalination plant Port Meridian power bill brine loan",
        "central bank inflation rail strike apple harvest ferry",
      })
  @DisplayName("every excerpt is the stored article text between its offsets, highlights inside it")
  void excerptsAreVerbatim(String question) throws IngestException {
    Answer answer = answers.ask(question, new AskOptions(10, 3, Optional.empty(), 0.3));

    assertThat(answer.excerpts()).isNotEmpty();
    for (Excerpt excerpt : answer.excerpts()) {
      Path file = FILES.get(excerpt.citation().articleId());
      String text = ArticleFiles.readAll(file).articles().get(0).text();
      assertThat(excerpt.text()).isEqualTo(text.substring(excerpt.start(), excerpt.end()));
      for (Excerpt.Highlight h : excerpt.highlights()) {
        assertThat(h.start()).isGreaterThanOrEqualTo(0).isLessThan(h.end());
        assertThat(h.end()).isLessThanOrEqualTo(excerpt.text().length());
      }
    }
  }

  @Test
  @DisplayName("--as-of leaves out articles published later, and undated ones")
  void asOfExcludesLaterAndUndated() {
    String rates = "Did the central bank raise interest rates?";
    String harvest = "How big was the apple harvest in the Vellmar valley?";
    String desalination = "When did the desalination plant in Port Meridian open?";

    Answer before = answers.ask(rates, DEFAULTS.withAsOf(Optional.of(LocalDate.of(2025, 1, 1))));
    Answer sameDay = answers.ask(rates, DEFAULTS.withAsOf(Optional.of(LocalDate.of(2025, 5, 20))));
    Answer undated = answers.ask(harvest, DEFAULTS.withAsOf(Optional.of(LocalDate.of(2030, 1, 1))));
    Answer earlier =
        answers.ask(desalination, DEFAULTS.withAsOf(Optional.of(LocalDate.of(2025, 1, 1))));

    assertThat(before.status()).isEqualTo(Answer.Status.NO_MATCH);
    assertThat(sameDay.excerpts().get(0).citation().articleId()).isEqualTo("rates");
    assertThat(ask(harvest).status()).isEqualTo(Answer.Status.ANSWERED);
    assertThat(undated.excerpts()).noneMatch(e -> e.citation().articleId().equals("harvest"));
    assertThat(earlier.excerpts()).isNotEmpty();
    for (Answer answer : List.of(before, sameDay, undated, earlier)) {
      assertThat(answer.excerpts())
          .allSatisfy(e -> assertThat(e.citation().published()).isPresent());
    }
    assertThat(earlier.excerpts())
        .allSatisfy(
            e -> assertThat(e.citation().published().get()).isBefore(LocalDate.of(2025, 1, 2)));
  }

  @Test
  @DisplayName(
      "of two articles that answer alike, the recent one comes first; as-of moves 'recent'")
  void recentArticleFirst() {
    String question = "Who runs the Tessaly lighthouse museum?";

    Answer now = ask(question);
    Answer then = answers.ask(question, DEFAULTS.withAsOf(Optional.of(LocalDate.of(2024, 2, 1))));

    assertThat(now.excerpts().get(0).citation().articleId()).isEqualTo("museum-2025");
    assertThat(then.excerpts())
        .extracting(e -> e.citation().articleId())
        .startsWith("museum-2024")
        .doesNotContain("museum-2025");
  }

  @ParameterizedTest(name = "per article {0}")
  @CsvSource({"1", "2"})
  @DisplayName("no article gives more than perArticle excerpts")
  void perArticleLimit(int perArticle) {
    Answer answer =
        answers.ask(
            "desalination plant in Port Meridian",
            new AskOptions(5, perArticle, Optional.empty(), 0.3));

    assertThat(answer.excerpts())
        .filteredOn(e -> e.citation().articleId().equals("desalination"))
        .hasSize(perArticle);
    Map<String, Integer> counts = new HashMap<>();
    answer.excerpts().forEach(e -> counts.merge(e.citation().articleId(), 1, Integer::sum));
    assertThat(counts.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(perArticle));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "What did the astronauts find under the ice of Europa?",
        "Who won the chess olympiad in Tbilisi?",
        "quetzal xylophone",
      })
  @DisplayName("a question about something the news does not cover gets NO_MATCH")
  void absentTopicIsNoMatch(String question) {
    Answer answer = ask(question);

    assertThat(answer.status()).isEqualTo(Answer.Status.NO_MATCH);
    assertThat(answer.excerpts()).isEmpty();
  }

  static Stream<Arguments> hostileQuestions() {
    Set<Answer.Status> notAQuestion = EnumSet.of(Answer.Status.NOT_A_QUESTION);
    Set<Answer.Status> noMatch = EnumSet.of(Answer.Status.NO_MATCH);
    return Stream.of(
        Arguments.of("AND OR NOT", notAQuestion),
        Arguments.of("*", notAQuestion),
        Arguments.of("title:foo", noMatch),
        Arguments.of("\"unbalanced", noMatch),
        Arguments.of("(((", notAQuestion),
        Arguments.of("\\", notAQuestion),
        Arguments.of("~!^", notAQuestion),
        Arguments.of("quetzal ".repeat(1250), noMatch),
        Arguments.of("Will Ukraine join NATO? ".repeat(500), EnumSet.of(Answer.Status.ANSWERED)),
        Arguments.of("🙂🎉🔥", EnumSet.of(Answer.Status.NOT_A_QUESTION, Answer.Status.NO_MATCH)),
        Arguments.of("", notAQuestion),
        Arguments.of("   \n\t  ", notAQuestion),
        Arguments.of("is it the of and to", notAQuestion));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("hostileQuestions")
  @DisplayName("hostile questions never throw and get a sensible status")
  void hostileQuestions(String question, Set<Answer.Status> expected) {
    Answer[] answer = new Answer[1];

    assertThatCode(() -> answer[0] = ask(question)).doesNotThrowAnyException();

    assertThat(answer[0].status()).isIn(expected);
    assertThat(answer[0].question().length()).isLessThanOrEqualTo(AnswerService.MAX_QUESTION_CHARS);
    if (answer[0].status() != Answer.Status.ANSWERED) {
      assertThat(answer[0].excerpts()).isEmpty();
    }
  }

  @Test
  @DisplayName("a null question is not a question")
  void nullQuestion() {
    assertThat(answers.ask(null, DEFAULTS).status()).isEqualTo(Answer.Status.NOT_A_QUESTION);
  }

  @Test
  @DisplayName("a question that takes longer than the time limit says so instead of holding on")
  void timeLimit() {
    AnswerService hurried =
        new AnswerService(
            index.index(), java.time.Clock.systemUTC(), java.time.Duration.ofNanos(1));

    Answer answer =
        hurried.ask("Will Ukraine join NATO?", new AskOptions(3, 1, Optional.empty(), 0.3));

    assertThat(answer.status()).isEqualTo(Answer.Status.TOO_SLOW);
    assertThat(io.newsdesk.render.AnswerRenderer.render(answer)).contains("took too long");
  }

  @Test
  @DisplayName("a misspelt question that finds nothing is corrected from the articles' own words")
  void spellingCorrections() {
    Answer answer = ask("Wil Ukrane jion NATO?");

    assertThat(answer.status()).isEqualTo(Answer.Status.ANSWERED);
    assertThat(answer.question()).isEqualTo("Wil Ukrane jion NATO?");
    assertThat(answer.corrections())
        .containsExactly(
            new Spelling.Correction("Wil", "Will"),
            new Spelling.Correction("Ukrane", "Ukraine"),
            new Spelling.Correction("jion", "join"));
    assertThat(answer.excerpts()).anySatisfy(e -> assertThat(e.text()).contains("Ukraine"));
    assertThat(io.newsdesk.render.AnswerRenderer.render(answer))
        .startsWith("Spelling corrected: Wil → Will, Ukrane → Ukraine, jion → join.");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"Will Ukraine join NATO?", "When did the desalination plant in Port Meridian open?"})
  @DisplayName("a question that finds something is never corrected")
  void noCorrectionWhenFound(String question) {
    Answer answer = ask(question);

    assertThat(answer.status()).isEqualTo(Answer.Status.ANSWERED);
    assertThat(answer.corrections()).isEmpty();
  }

  @Test
  @DisplayName("only the question's own words are highlighted, not words sharing a synonym")
  void highlightsOnlyQuestionWords() {
    Answer answer =
        answers.ask("What did Zelensky say?", new AskOptions(10, 3, Optional.empty(), 0.3));

    Set<String> asked = stems("What did Zelensky say?");
    assertThat(answer.excerpts()).isNotEmpty();
    assertThat(answer.excerpts()).anySatisfy(e -> assertThat(e.highlights()).isNotEmpty());
    for (Excerpt excerpt : answer.excerpts()) {
      for (Excerpt.Highlight h : excerpt.highlights()) {
        String word = excerpt.text().substring(h.start(), h.end());
        assertThat(stems(word)).as(word).isNotEmpty().isSubsetOf(asked);
      }
    }
  }

  @Test
  @DisplayName("a month the question names puts that month's article first")
  void namedMonth() {
    String question = "Who ran the Tessaly lighthouse museum in January 2024?";

    Answer answer = ask(question);

    assertThat(answer.excerpts().get(0).citation().articleId()).isEqualTo("museum-2024");
    assertThat(
            ask("Who runs the Tessaly lighthouse museum?").excerpts().get(0).citation().articleId())
        .isEqualTo("museum-2025");
  }

  @Test
  @DisplayName("an old article that alone answers is kept when the question asks about this week")
  void oldOnlyAnswerKept() {
    Answer answer = ask("Why did rail workers in the northern provinces strike this week?");

    assertThat(answer.status()).isEqualTo(Answer.Status.ANSWERED);
    assertThat(answer.excerpts().get(0).citation().articleId()).isEqualTo("rail");
  }
}
