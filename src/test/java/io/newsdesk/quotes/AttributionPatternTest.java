package io.newsdesk.quotes;

import static io.newsdesk.quotes.QuoteExtractorSeedTest.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.ingest.Article;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Attribution patterns found in news text beyond the simple "“…,” X said". */
final class AttributionPatternTest {

  private final QuoteExtractor extractor = new QuoteExtractor();

  /**
   * The speaker of the quotation starting "We will win" in {@code text}, where "\\n" in a table row
   * stands for a line break.
   */
  private Optional<String> speakerOfWeWillWin(String text) {
    return weWillWin(text).speaker();
  }

  private Quotation weWillWin(String text) {
    String article = text.replace("\\n", "\n");
    return quoteStarting(extractor.extract(TestArticles.of(article)), "We will win");
  }

  /**
   * The quote starting "We will win" is said by {@code speaker} (or nobody), as {@code sieve}
   * decided.
   */
  private void decided(String text, String speaker, String sieve) {
    Quotation q = weWillWin(text);
    assertThat(q.speaker()).isEqualTo(Optional.ofNullable(speaker));
    assertThat(q.sieve()).as("the deciding sieve").isEqualTo(Objects.requireNonNullElse(sieve, ""));
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("the speaker of the quote starting 'We will win' is named")
  @CsvSource(
      delimiter = '|',
      value = {
        "straight open, curly close | Jane Doe spoke. \"We will win,” said Doe. \"Soon.\" | Jane Doe | speaker after the quote: said X",
        "party tag after the name | “We will win,” Sen. Jane Doe (D-N.Y.) said. | Jane Doe | speaker after the quote: X said",
        "noun after a possessive is no verb | Jane Doe disliked Roe’s comments, telling"
            + " reporters, “We will win.” | Jane Doe | speaker before the quote: a participle: the clause's subject",
        "description before the name after the verb | “We will win,” said former party adviser"
            + " Jane Doe. | Jane Doe | speaker after the quote: said X",
        "inverted verb opening the sentence | Said Jane Doe, “We will win.” | Jane Doe | speaker before the quote: Said X",
        "verb coordinated with an earlier one | Jane Doe did not name her rivals, but told"
            + " supporters, “We will win.” | Jane Doe | speaker before the quote: X did this, and told",
        "colon after the speaker's own sentence | Jane Doe called them on it: “We will win.”"
            + " | Jane Doe | speaker before the quote: X said",
        "intro phrase before a participle | In a statement on Thursday, Rep. Jane Doe reacted"
            + " to the news, saying: “We will win.” | Jane Doe | speaker before the quote: a participle: the subject of the verb before",
        "only a participle between two quotes | “It is over,” Jane Doe said, adding, “We will"
            + " win.” | Jane Doe | speaker before the quote: a participle: the subject of the verb before",
        "long apposition after the quote | “We will win,” Jane Doe, the Democratic chair of"
            + " the county party in Palm Beach, said. | Jane Doe | speaker after the quote: X, apposition, said",
        "long apposition before the quote | Jane Doe, 35, the daughter of a former governor of"
            + " the state, said on Monday, “We will win.” | Jane Doe | speaker before the quote: X, apposition, said",
        "possessive s' then a noun from the verb list | Jane Doe was unmoved by Roe Sanders’"
            + " comments, telling reporters, “We will win.” | Jane Doe | speaker before the quote: a participle: the clause's subject",
        "phrasal reporting verb | Jane Doe spoke. “We will win,” Doe shot back. | Jane Doe | speaker after the quote: X said",
        "verb missing from the lexicon | Jane Doe thanked him for “We will win.” | Jane Doe | speaker before the quote: X said",
        "name and colon ending a sentence about something else | The result did not surprise"
            + " party pollster Jane Doe: “We will win.” | Jane Doe | speaker before the quote: introduced by a colon",
        "name and colon after a heading and a dash | Pollsters agree - Jane Doe: “We will win.”"
            + " | Jane Doe | speaker before the quote: introduced by a colon",
        "no space after the full stop ending the attribution | “We will win,” Jane Doe"
            + " said.Doe left early. | Jane Doe | speaker after the quote: X said",
        "doubled opening marks | \"“We will win,” Jane Doe said before she left.\" | Jane Doe | speaker after the quote: X said",
        "as the speaker put it | As party leader Jane Doe put it, “We will win.” | Jane Doe | speaker before the quote: X said",
        "party tag between commas | Sen. Jane Doe, R-Ohio, said in a column, “We will win.”"
            + " | Jane Doe | speaker before the quote: X said",
        "inverted verb of reaction | Jane Doe spoke. “We will win,” reacted Doe. | Jane Doe | speaker after the quote: said X",
        "party tag and comma before the verb | In Ohio, after the vote, Gov. Jane Doe (R-OH),"
            + " said, “We will win.” | Jane Doe | speaker before the quote: X said",
        "abbreviated party tag before a comma | “We will win,” Majority Leader Jane Doe, R-Ky.,"
            + " said. | Jane Doe | speaker after the quote: X, apposition, said",
        "abbreviated state in an apposition | “We will win,” Jane Doe, 41, of Austin, Tex., who"
            + " joined the survey, said later. | Jane Doe | speaker after the quote: X, apposition, said",
        "possessive role before the name after the verb | “We will win,” said Roe’s deputy"
            + " campaign chief, Jane Doe, who ran the 2008 effort. | Jane Doe | speaker after the quote: said X",
        "possessive role before the name and the verb | “We will win,” Ohio Rep. Max Roe’s chief"
            + " of staff, Jane Doe, told reporters. | Jane Doe | speaker after the quote: X said",
        "relation before the name | “We will win,” his wife, Jane Ann Doe, wrote in a letter."
            + " | Jane Ann Doe | speaker after the quote: X said",
        "description and comma before the name | “We will win,” another friend, Jane Doe told"
            + " the station. | Jane Doe | speaker after the quote: X said",
        "possessive pronoun and role after the verb | “We will win,” added his campaign manager"
            + " Jane Doe, speaking after the rally. | Jane Doe | speaker after the quote: said X",
        "role phrase already holding the name | “We will win,” said party voter Jane Doe of"
            + " Austin, Tex., before the rally. | Jane Doe | speaker after the quote: said X",
        "relative clause between subject and verb | Jane Doe, who phoned Roe shortly after the"
            + " count was declared, told the crowd, “We will win.” | Jane Doe | speaker before the quote: X, apposition, said",
        "relative clause without its closing comma | “We will win,” Jane Doe, who is chair of"
            + " the Acme Group said in a statement. | Jane Doe | speaker after the quote: X, apposition, said",
        "description with a relative clause | “We will win,” Jane Doe, the party strategist who"
            + " founded thelist.com tweeted on Friday. | Jane Doe | speaker after the quote: X, apposition, said",
        "role of an organisation without a closing comma | Jane Doe, president and CEO of Ohio"
            + " Grocers Association stated, “We will win.” | Jane Doe | speaker before the quote: X of Y said",
        "description with a relative clause after a sentence opening | In Ohio, Jane Doe, a"
            + " party strategist who feuded with Roe, said, “We will win.” | Jane Doe | speaker before the quote: X said",
        "participle after a preposition | Jane Doe drew boos upon saying, “We will win.” |"
            + " Jane Doe | speaker before the quote: a participle: the clause's subject",
        "participle after the verb of another subject | Roe will meet her next week, Jane Doe"
            + " said, adding, “We will win.” | Jane Doe | speaker before the quote: a participle: the subject of the verb before",
        "participle after two introductory phrases | On Thursday, after staying neutral for"
            + " months, Jane Doe endorsed Roe, saying, “We will win.” | Jane Doe | speaker before the quote: a participle: the clause's subject",
        "participle after an earlier quote in the sentence | Later, Jane Doe shared a class"
            + " called “Perception” on her page, writing “We will win.” | Jane Doe | speaker in a sentence begun before an earlier quote: a participle: the clause's subject",
        "participle opening the next sentence | Jane Doe said the report “was bad.” Adding, “We"
            + " will win.” | Jane Doe | continues the quote before it",
        "initials before the surname | “We will win,” said J.J. MacNab, an expert. | J.J."
            + " MacNab | speaker after the quote: said X",
        "middle initial kept with its dot | “We will win,” said Harry M. Reid. | Harry M. Reid | speaker after the quote: said X",
        "ordinal in a military rank | “We will win,” said Air Force 1st Lt. Jane Doe. | Jane"
            + " Doe | speaker after the quote: said X",
        "closing attribution after the quote's sentence goes on | “We will win” and take the"
            + " state, Jane Doe said. | Jane Doe | speaker after the quote: X said",
        "described name with initials after the quote | “We will win,” former George W. Bush"
            + " speechwriter Jane Doe wrote in a column. | Jane Doe | speaker after the quote: X said",
        "name of an organisation's member after the quote | “We will win,” Jane Doe of the James"
            + " Martin Center for Studies wrote in December. | Jane Doe | speaker after the quote: X said",
        "name that is also a modal verb | George Will spoke. “We will win,” Will wrote. | George"
            + " Will | speaker after the quote: X said",
        "role with 'of' after the verb | “We will win,” said master of ceremonies Jane Doe, a"
            + " teacher. | Jane Doe | speaker after the quote: said X",
        "quoted as saying | Jane Doe spoke. “We will win,” Doe is quoted as saying. | Jane Doe | speaker after the quote: X said",
        "verb of memory | “We will win,” remembered Jane Doe, a former spokesman. | Jane Doe | speaker after the quote: said X",
        "noun of speech owned by the speaker | The rally denounced Jane Doe’s call for “We will"
            + " win.” | Jane Doe | speaker before the quote: an owner's words",
        "sentence about the speaker's tweet before the quote | Jane Doe’s first tweet on Sunday"
            + " was a measured comment. “We will win.” | Jane Doe | subject of the sentence before, same paragraph",
        "account handle before the verb | @janedoe1776 tweeted: “We will win.” | @janedoe1776 | speaker before the quote: X said",
        "account handle after the verb | “We will win,” tweeted @janedoe. | @janedoe | speaker after the quote: said X",
        "account handle before a colon | Readers reacted. @janedoe1776: “We will win.” |"
            + " @janedoe1776 | speaker before the quote: @handle:",
        "description naming the person | “We will win,” said an airport official named Jane"
            + " Doe. | Jane Doe | speaker after the quote: said X",
        "organisation named by a capitalised word after the quote | Jane Doe spoke. “We will win,”"
            + " the Doe campaign explained in a release. | the Doe campaign | speaker after the quote: X said",
        "organisation after 'according to' | Jane Doe spoke. According to the Doe campaign, “We"
            + " will win.” | the Doe campaign | speaker before the quote: according to X",
        "title of a commenter before the name | Commenter Jane Doe said, “We will win.” | Jane"
            + " Doe | speaker before the quote: X said",
        "pronoun after the sentence about the speaker | Jane Doe is pointing to an interview"
            + " Max Roe gave. She is noting “We will win.” | Jane Doe | speaker before the quote: X said",
        "pronoun skipping an interviewer named after an owner | Jane Doe arrived. The talk ran"
            + " long in an interview with Acme’s Pat Roe. “We will win,” she said. | Jane Doe | speaker after the quote: X said",
        "pronoun after a quote by the same speaker | “It is over,” Jane Doe said in an interview"
            + " with Pat Roe. “We will win,” she continued. | Jane Doe | speaker after the quote: X said",
        "pronoun after the subject of its own sentence | Jane Doe fired back: “We will win,” she"
            + " wrote. | Jane Doe | speaker after the quote: X said",
        "pronoun agreeing with a first name | Jane Doe met her lawyer, Michael Roe, on Monday."
            + " “We will win,” she said. | Jane Doe | speaker after the quote: X said",
        "pronoun skipping a place after a preposition | Jane Doe, who lives in Nepal Valley,"
            + " spoke. “We will win,” she said. | Jane Doe | speaker after the quote: X said",
        "party tag and participle between subject and verb | But Sen. Jane Q. Doe (D-Ohio),"
            + " noting the size of the crowd, said, “We will win.” | Jane Q. Doe | speaker before the quote: X, apposition, said",
        "person of a newspaper | Jane Doe of The Ledger wrote, “We will win.” | Jane Doe | speaker before the quote: X of Y said",
        "person of an organisation after the quote | “We will win,” Jane Doe of the Acme"
            + " Institute told reporters. | Jane Doe | speaker after the quote: X said",
        "noun after an indefinite article and a capital | Jane Doe quickly posted a Twitter"
            + " comment of her own, saying, “We will win.” | Jane Doe | speaker before the quote: a participle: the subject of the verb before",
        "participle after a place named by a preposition | Jane Doe answered Roe’s question on"
            + " Facebook writing, “We will win.” | Jane Doe | speaker before the quote: X said",
        "progressive verb after an aside | Former Ohio Gov. Jane Doe, for her part, is labeling"
            + " the plan “We will win.” | Jane Doe | speaker before the quote: X said",
        "mis-encoded accent inside the name | “We will win,” prosecutor Jane Tr\u00C3\u00A9vidic"
            + " said. | Jane Tr\u00C3\u00A9vidic | speaker after the quote: X said",
        "abbreviated title Del. | “We will win,” Del. Jane Doe said. | Jane Doe | speaker after the quote: X said",
        "two names after a heading and a dash | POLLS WERE EARLY - Jane Doe and Max Roe: “We"
            + " will win.” | Jane Doe and Max Roe | speaker before the quote: introduced by a colon",
        "title joined by 'of' before the name | “We will win,” said Medal of Honor recipient"
            + " Jane Doe, 68. | Jane Doe | speaker after the quote: said X",
        "title joined by 'and' before the name | “We will win,” said Economic and Fiscal Policy"
            + " Minister Jane Doe. | Jane Doe | speaker after the quote: said X",
        "participle after an introductory 'Early' | Early in her campaign, Jane Doe attacked Roe,"
            + " calling him “We will win.” | Jane Doe | speaker before the quote: a participle: the clause's subject",
        "surname ending like an adverb | Jane O’Reilly scored. O’Reilly says the loss drives"
            + " them. “We will win.” | Jane O’Reilly | subject of the sentence before, same paragraph",
        "chain of names joined by 'of the' | As Archbishop Jane Doe of the Acme Patriarchate of"
            + " Jerusalem told reporters, “We will win.” | Jane Doe | speaker before the quote: X of Y said",
        "quote between a possessive and a noun of speech | Jane Doe spoke. It is the pull of"
            + " Jane Doe’s “We will win” promise. | Jane Doe | speaker owns the words around the quote",
        "verb of judgement | Jane Doe, co-founder of the institute, welcomed “We will win.” | Jane"
            + " Doe | speaker before the quote: X said",
        "statement issued before the quote | After the vote, Jane Doe issued a statement, “We will"
            + " win.” | Jane Doe | speaker before the quote: an owner's words",
        "two names opening the article before a colon | Jane Doe and Max Roe: “We will win.” |"
            + " Jane Doe and Max Roe | speaker before the quote: introduced by a colon",
        "ordinal in a title, not a round-up | Second Lady Jane Doe said, “We will win.” | Jane"
            + " Doe | speaker before the quote: X said",
        "pronoun after a name used for both genders | North Korean leader Kim Jong Un spoke on"
            + " Monday. “We will win,” he said. | Kim Jong Un | speaker after the quote: X said",
        "introductory adverb before a participle | Ultimately, Jane Doe addressed the crowd,"
            + " saying “We will win.” | Jane Doe | speaker before the quote: a participle: the clause's subject",
        "'called' after an adverb | Jane Doe also called it “We will win.” | Jane Doe | speaker before the quote: X said",
        "a quote after a title goes on with the speaker | “It is early,” said Jane Doe, a host on"
            + " the TV show “Acme Tank.” “We will win.” | Jane Doe | continues the quote before it",
        "a show that someone calls something | Max Roe spoke. Jane Doe called the show “We will"
            + " win.” | Jane Doe | speaker before the quote: X said",
        "object of 'called' | Jane Doe called Max Roe “We will win.” | Jane Doe | speaker before the quote: X said",
        "participle 'calling' | Jane Doe defended the rally, calling it “We will win.” | Jane"
            + " Doe | speaker before the quote: a participle: the clause's subject",
        "absolute phrase with 'with' | The crowd cheered, with Jane Doe reportedly yelling: “We"
            + " will win!” | Jane Doe | speaker before the quote: X of Y said",
        "clause after a dash | That is how it went!— Jane Doe called them on it: “We will win.”"
            + " | Jane Doe | speaker before the quote: X said",
        "abbreviated title after 'the' | “We will win,” said the Rev. Jane Doe, of the First"
            + " Church. | Jane Doe | speaker after the quote: said X",
        "nickname in straight quotes inside the name | “We will win,” said Jane \"JD\" Doe. |"
            + " Jane Doe | speaker after the quote: said X",
        "nickname in curly quotes inside the name | Jane “JD” Doe spoke.\\n\\n“We will win,” she"
            + " said. | Jane Doe | speaker after the quote: X said",
        "number opening a description | “We will win,” said 9/11 widow Jane Doe. | Jane Doe"
            + " | speaker after the quote: said X",
        "no-break space after the dash | Voters were split.\\n\\n“We will win.” ―\u00a0Jane"
            + " Doe | Jane Doe | speaker after the quote: a dash and a name",
        "a publication after the verb | “We will win,” wrote the newspaper. | the newspaper |"
            + " speaker after the quote: said X",
        "an agency the article named | The Federal Election Commission met.\\n\\n“We will win,”"
            + " according to the commission. | Federal Election Commission | speaker after the"
            + " quote: according to X",
        "a role of a place, its holder named | Mayor Jane Doe was elected in Alpha.\\n\\n“We"
            + " will win,” the mayor of Alpha said. | Jane Doe | speaker after the quote: X said",
        "a role of a place, nobody named | “We will win,” the mayor of Alpha said. | the mayor of"
            + " Alpha | speaker after the quote: X said",
        "a transcript's label | Jane Doe testified on Monday.\\n\\nMS. DOE: “We will win.”"
            + " | Jane Doe | speaker before the quote: a transcript's speaker label",
        "a name then 'asking' | The ad uses footage of Jane Doe asking, “We will win?” | Jane Doe"
            + " | speaker before the quote: X said",
        "'as' before the name after the quote | Jane Doe spoke. The race “We will win,” as Doe"
            + " said. | Jane Doe | speaker after the quote: X said",
        "a new sentence after an exclaimed quote | Jane Doe spoke. Max Roe wrote: “We will win!”"
            + " She replied that it was over. | Max Roe | speaker before the quote: X said",
      })
  void named(String pattern, String text, String speaker, String sieve) {
    decided(text, speaker, sieve);
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("a paragraph holding only the quote takes its speaker from the text around it")
  @CsvSource(
      delimiter = '|',
      value = {
        "previous paragraph's subject | Jane Doe spoke to reporters on Tuesday.\\n\\n“We will"
            + " win.” | Jane Doe | subject of the paragraph before",
        "previous sentence's subject | Roe Smith left. Jane Doe stayed on stage. “We will win.”"
            + " | Jane Doe | subject of the sentence before, same paragraph",
        "title-case headline naming nobody | Gorka Slams Rivals At Rally Over Policy\\n\\nSebastian"
            + " Gorka spoke on Monday.\\n\\n“It is over,” Gorka said. “We will win.” | Sebastian"
            + " Gorka | continues the quote before it",
        "signature line below | Roe Smith spoke first.\\n\\n“We will win.”\\n\\n- Jane Doe."
            + " | Jane Doe | name line of a round-up of reactions",
        "signature line of a long title below | Voters met.\\n\\n“We will win.”\\n\\n- Former"
            + " Deputy Secretary General Janet Doerman | Janet Doerman | signature line under the quote: a dash and a name",
        "quote after a paragraph closed by an attribution | The city will recover, Jane Doe"
            + " said.\\n\\n“We will win.” | Jane Doe | subject of the paragraph before",
        "photographer's credit under a picture | Senator Jane Doe spoke first.\\n\\nThe crowd"
            + " cheered. Ann Roe/AP\\n\\n“We will win,” she said. | Jane Doe | speaker after the quote: X said",
        "words from a book after a comma | Jane Doe spoke first.\\n\\nIn her memoir, she wrote,"
            + " “We will win.” | Jane Doe | speaker before the quote: X said",
        "quote after a paragraph closed by an inverted attribution | The city will recover,"
            + " said Jane Doe.\\n\\n“We will win.” | Jane Doe | subject of the paragraph before",
        "quote after a sentence whose verb reports the subject's feelings | Ann Roe spoke"
            + " first.\\n\\nJane Doe, a teacher, said he is scared. “We will win.” | Jane Doe | subject of the sentence before, same paragraph",
        "live-blog byline after a quote already attributed | “It is over,” Jane Doe said. “We"
            + " will win.” ― Max Roe\\n\\n4:22 p.m. | Jane Doe | continues the quote before it",
        "live-blog byline under a quote running over paragraphs | “It is over,” Jane Doe"
            + " said. “We lost.\\n\\n“We will win.”\\n\\n― Max Roe\\n\\n9:10 p.m. | Jane Doe | continues a multi-paragraph quote with a speaker",
        "label before the quote, name after | Voters were split.\\n\\nQuote: “We will win.” –"
            + " Jane Doe | Jane Doe | label signed by a dash: a dash and a name",
        "description before a colon, name after | Voters were split.\\n\\nThe counselor’s"
            + " comment: “We will win.” - Jane Doe, school counselor. | Jane Doe | label signed by a dash: a dash and a name",
        "closing attribution with a place of publication | It was a good year, said Jane Doe on"
            + " ESPN. “We will win.” | Jane Doe | subject of the sentence before, same paragraph",
        "sentence reporting what someone else did | Jane Doe, a spokeswoman, said President Max"
            + " Roe has been briefed. “We will win.” | Jane Doe | subject of the sentence before, same paragraph",
        "pronoun after a clause about someone | Governor Max Roe spoke first.\\n\\nWhile"
            + " Senator John Doe said the task force Roe leads remains committed, he said the window"
            + " is closing.\\n\\n“We will win,” he said. | John Doe | speaker after the quote: X said",
        "long introductory phrase | Governor Max Roe spoke first.\\n\\nAfter the long trip to"
            + " the city earlier in the year with his staff and aides, Senator John Doe said that Roe"
            + " had left.\\n\\n“We will win,” he said. | John Doe | speaker after the quote: X said",
        "a place named like a person | Governor Jane Doe spoke first.\\n\\nResidents of the"
            + " Tampa Bay area were told to leave. Many left Tampa Bay on Monday.\\n\\n“We will"
            + " win,” she said. | Jane Doe | speaker after the quote: X said",
        "a river named like a person | Governor Jane Doe spoke first.\\n\\nThe river rose"
            + " overnight. Crews closed roads along the Delaware River on Monday.\\n\\n“We will"
            + " win,” she said. | Jane Doe | speaker after the quote: X said",
        "name of a state before a new sentence | Jane Doe lives in Albany, N.Y. They said it was"
            + " over.\\n\\n“We will win,” she said. | Jane Doe | speaker after the quote: X said",
        "pronoun continuing the same pronoun of the sentence before | Senator Jane Doe spoke"
            + " first.\\n\\nShe did not know that Ann Poe would come, she said.\\n\\n“We will"
            + " win,” she said. | Jane Doe | speaker after the quote: X said",
      })
  void quoteAlone(String pattern, String text, String speaker, String sieve) {
    decided(text, speaker, sieve);
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("in a round-up of reactions each quote takes the name on the line next to it")
  @CsvSource(
      delimiter = '|',
      value = {
        "dash, age and city below | Voters were split.\\n\\n“We will win.”\\n\\n— Jane Doe, 34,"
            + " Phoenix | Jane Doe | name line of a round-up of reactions",
        "hyphen, city and state below | Voters were split.\\n\\n“We will win.”\\n\\n- Jane Doe,"
            + " Phoenix, Ariz. | Jane Doe | name line of a round-up of reactions",
        "no dash, age and description below | Voters were split.\\n\\n“We will win.”\\n\\nJane"
            + " Doe, 34, retired teacher | Jane Doe | name line of a round-up of reactions",
        "name line ending in a colon above | Voters were split.\\n\\nJane Doe, 34,"
            + " Phoenix:\\n\\n“We will win.” | Jane Doe | paragraph before ends with a colon: a clause's subject and a colon",
        "name lines above, first pair | Voters were split.\\n\\nJane Doe\\n\\n“We will"
            + " win.”\\n\\nMax Roe\\n\\n“We lost.” | Jane Doe | name line of a round-up of reactions",
        "name lines above, second pair | Voters were split.\\n\\nMax Roe\\n\\n“We"
            + " lost.”\\n\\nJane Doe, 34, Phoenix\\n\\n“We will win.” | Jane Doe | name line of a round-up of reactions",
        "name lines below, second pair | Voters were split.\\n\\n“We lost.”\\n\\nMax"
            + " Roe\\n\\n“We will win.”\\n\\nJane Doe | Jane Doe | name line of a round-up of reactions",
        "name lines below ending in a full stop | Voters were split.\\n\\n“We lost.”\\n\\nMax"
            + " Roe, Tucson, Ariz.\\n\\n“We will win.”\\n\\nJane Doe, Phoenix, Ariz. | Jane Doe | name line of a round-up of reactions",
        "dash and name after the quote | Voters were split.\\n\\n“We will win.” — Jane Doe"
            + " | Jane Doe | speaker after the quote: a dash and a name",
        "hyphen, name and age after the quote | Voters were split.\\n\\n“We will win.” - Jane"
            + " Doe, 29 | Jane Doe | speaker after the quote: a dash and a name",
        "HuffPost's horizontal bar after the quote | Voters were split.\\n\\n“We will win.” ―"
            + " Jane Doe, 29 | Jane Doe | speaker after the quote: a dash and a name",
        "horizontal bar on the line below | Voters were split.\\n\\n“We will win.”\\n\\n―"
            + " Jane Doe, 34, Phoenix | Jane Doe | name line of a round-up of reactions",
        "topic label before the quote, name after | Voters were split.\\n\\nOn the economy:"
            + " “We will win.” ― Jane Doe, 29 | Jane Doe | label signed by a dash: a dash and a name",
      })
  void voxPop(String pattern, String text, String speaker, String sieve) {
    decided(text, speaker, sieve);
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("a line next to a quote that is no vox-pop signature names nobody")
  @CsvSource(
      delimiter = '|',
      value = {
        "a single name line above | The rally ended.\\n\\nJane Doe\\n\\n“We will"
            + " win.”\\n\\nThe crowd left. | name line before a lone quote names nobody",
        "a single name line with age above | The rally ended.\\n\\nJane Doe, 34,"
            + " Phoenix\\n\\n“We will win.”\\n\\nThe crowd left. | name line before a lone quote names nobody",
        "a single name line below without age or description | The rally ended.\\n\\n“We will"
            + " win.”\\n\\nJane Doe\\n\\nThe crowd left. | subject of the paragraph before",
        "a place below | The rally ended.\\n\\n“We will win.”\\n\\nDeerfield Beach, Fla. | subject of the paragraph before",
        "an organisation below | The rally ended.\\n\\n“We will win.”\\n\\nAcme Corporation,"
            + " 34, Phoenix | subject of the paragraph before",
        "a headline below | The rally ended.\\n\\n“We will win.”\\n\\nJane Doe, buoyed by"
            + " polls, goes after Roe | subject of the paragraph before",
        "headings ending in a full stop above | The rally ended.\\n\\nRising Hopes.\\n\\n“We"
            + " will win.”\\n\\nFalling Stars.\\n\\n“It rained.” | name line before a lone quote names nobody",
        "a title-case heading below | The rally ended.\\n\\n“We will win.”\\n\\nRising Hopes,"
            + " But For Now, 34 | subject of the paragraph before",
        "pairs that could run either way | The rally ended.\\n\\n“We lost.”\\n\\nMax"
            + " Roe\\n\\n“We will win.”\\n\\nJane Doe\\n\\n“It rained.” | name line before a lone quote names nobody",
      })
  void notVoxPop(String pattern, String text, String sieve) {
    decided(text, null, sieve);
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("an unnamed speaker is reported as the article describes them")
  @CsvSource(
      delimiter = '|',
      value = {
        "indefinite description after the verb | Jane Doe spoke. “We will win,” said an Ohio"
            + " Democrat. | an Ohio Democrat | speaker after the quote: said X",
        "'one' description after the verb | “We will win,” said one New Mexico Republican. | one"
            + " New Mexico Republican | speaker after the quote: said X",
        "description ending before a relative clause | “We will win,” said a former Ohio party"
            + " member who backs Doe. | a former Ohio party member | speaker after the quote: said X",
        "description before the verb | “We will win,” another Ohio Republican added. | another"
            + " Ohio Republican | speaker after the quote: X said",
        "description opening the sentence | A Vermont official said: “We will win.” | A Vermont"
            + " official | speaker before the quote: X said",
        "definite description fitting nobody named | Jane Doe spoke. “We will win,” the Idaho"
            + " senator said. | the Idaho senator | speaker after the quote: X said",
        "definite description before a colon | At the rally, the Doe supporter retorted: “We"
            + " will win.” | the Doe supporter | speaker before the quote: X said",
        "commenter in a round-up | One man wrote, “It is over.” Another commenter said, “We will"
            + " win.” | Another commenter | speaker before the quote: X said",
        "indefinite word standing alone | Jane Doe tweeted, “It is over.” Another tweeted, “We"
            + " will win.” | Another | speaker before the quote: X said",
        "description qualified by an adjective phrase | Another source familiar with Doe’s"
            + " thinking said, “We will win.” | Another source | speaker before the quote: a source speaking to CNN said",
        "description qualified by a relative clause | After the vote, a White House official who"
            + " spoke anonymously said Wednesday, “We will win.” | a White House official | speaker before the quote: a source speaking to CNN said",
        "description qualified by a participle and a name | An intelligence source speaking to"
            + " Fox News said, “We will win.” | An intelligence source | speaker before the quote: X of Y said",
        "qualified description after the quote | “We will win?” a Democratic staffer in the room"
            + " wondered. | a Democratic staffer | speaker after the quote: X said",
        "lowercase indefinite after the quote | “It is over,” one wrote. “We will win,” another"
            + " added. | another | speaker after the quote: X said",
        "inverted indefinite after the quote | “We will win,” wrote another. | another | speaker after the quote: said X",
        "ordinal standing for a person | One wrote, “It is over.” A third wrote, “We will win.”"
            + " | A third | speaker before the quote: X said",
        "indefinite after an adverb | Yet another said, “We will win.” | another | speaker before the quote: X said",
        "description before a colon | Another user: “We will win.” | Another user | speaker before the quote: another user:",
        "description and a short predicate before a colon | One commenter summed it up: “We will"
            + " win.” | One commenter | speaker before the quote: another user:",
      })
  void described(String pattern, String text, String speaker, String sieve) {
    decided(text, speaker, sieve);
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("odd article openings are read without error, every quotation verbatim")
  @CsvSource(
      delimiter = '|',
      value = {
        "a reporting verb opening the article | said “We will win.”",
        "a lowercase verb and a colon opening the article | says: “We will win.”",
        "two names and a colon opening the article | Jane Doe and Max Roe: “We will win.”",
        "only quote marks | “”“”\"\"“",
        "an unclosed quote | “We will win, she said and never stopped",
      })
  void oddOpenings(String pattern, String text) {
    Article article = TestArticles.of(text);
    for (Quotation q : extractor.extract(article)) {
      assertThat(article.text().substring(q.start(), q.end())).isEqualTo(q.text());
    }
  }

  @Test
  @DisplayName("a description fitting a named person's role is that person")
  void descriptionResolvedToRole() {
    String text = "Idaho Senator Jane Doe spoke. “We will win,” the senator said.";
    assertThat(speakerOfWeWillWin(text)).contains("Jane Doe");
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("the quote starting 'We will win' is attributed to nobody")
  @CsvSource(
      delimiter = '|',
      value = {
        "colon after a sentence about something else | Jane Doe spoke. The sign read: “We will"
            + " win.” |  | ",
        "colon after a capitalised word that is no person | Jane Doe spoke. Wait, it gets"
            + " better: “We will win.” |  | ",
        "a description that is no person | Jane Doe spoke. “We will win,” the report said. |  | ",
        "an indefinite thing | Jane Doe spoke. “We will win,” a statement said. |  | ",
        "a qualified thing | Jane Doe spoke. A statement from the office said, “We will win.” |  | ",
        "a participle after a clause with its own subject | Max Roe tweeted when Jane Doe ended"
            + " the debate, remarking, “We will win.” |  | ",
        "a noun of speech owned by a thing | The rally denounced the bill’s call for “We will"
            + " win.” |  | ",
        "an indefinite in a time phrase | At one point, the crowd chanted “We will win.” |  | ",
        "an indefinite before a noun | In another tweet, the account posted “We will win.” |  | ",
        "a thing before a colon | A statement read: “We will win.” |  | ",
        "an organisation described by a common noun only | Jane Doe spoke. The company said it"
            + " would “We will win.” |  | ",
        "the title of a work | Jane Doe went on to star in the hit television series “We will"
            + " win.” |  | title of a work names nobody",
        "a topic after a noun of speech | Jane Doe spoke. She gave a speech about “We will win.” |  | ",
        "a name given in the passive | Jane Doe said the plan, which was dubbed “We will win.” |  | ",
        "a clause after the quote | Jane Doe said so. “It is over” but also “We will win,” what"
            + " she calls it. |  | ",
        "a coordinated subject | Acme News and former anchor Jane Doe spoke, saying, “We will"
            + " win.” |  | ",
        "a label before a colon | Jane Doe spoke. Update: “We will win.” |  | ",
        "a publication that is the object of a verb | Max Roe texted the magazine saying, “We"
            + " will win.” | | ",
        "a label naming a prize winner | Best song. WINNER: “We will win.” |  | ",
      })
  void unattributed(String pattern, String text, String nobody, String sieve) {
    decided(text, nobody, sieve);
  }
}
