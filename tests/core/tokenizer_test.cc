#include "core/text/tokenizer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "core/text/sentence_splitter.h"

namespace kgraph {
namespace {

using Forms = std::vector<std::string>;

Document Tokenized(std::string text) {
  Document doc;
  doc.text = std::move(text);
  NewEnglishTokenizer()->Tokenize(doc);
  return doc;
}

Forms TokenForms(const std::string& text) {
  Document doc = Tokenized(text);
  Forms forms;
  for (const Sentence& sentence : doc.sentences) {
    for (const Token& token : sentence.tokens) forms.emplace_back(doc.Form(token));
  }
  return forms;
}

std::vector<std::string> SentenceTexts(const std::string& text) {
  Document doc = Tokenized(text);
  std::vector<std::string> sentences;
  for (const Sentence& sentence : doc.sentences) sentences.emplace_back(doc.Text(sentence.span));
  return sentences;
}

TEST(Tokenizer, SplitsCliticsTheEwtWay) {
  EXPECT_EQ(TokenForms("Putin\u2019s men don't know."),
            (Forms{"Putin", "\u2019s", "men", "do", "n't", "know", "."}));
  EXPECT_EQ(TokenForms("I can't, I won't, I'm sure we'll go."),
            (Forms{"I", "ca", "n't", ",", "I", "wo", "n't", ",", "I", "'m", "sure", "we", "'ll",
                   "go", "."}));
  EXPECT_EQ(TokenForms("They're here, you've seen, he'd go"),
            (Forms{"They", "'re", "here", ",", "you", "'ve", "seen", ",", "he", "'d", "go"}));
  EXPECT_EQ(TokenForms("I cannot stay"), (Forms{"I", "can", "not", "stay"}));
}

TEST(Tokenizer, KeepsInnerApostrophes) {
  EXPECT_EQ(TokenForms("O'Brien at 5 o'clock"), (Forms{"O'Brien", "at", "5", "o'clock"}));
  EXPECT_EQ(TokenForms("the soldiers' guns"), (Forms{"the", "soldiers", "'", "guns"}));
}

TEST(Tokenizer, KeepsAbbreviationsAndInitials) {
  EXPECT_EQ(TokenForms("Mr. Smith met Gen. Lee and J. R. R. Tolkien in the U.S. today"),
            (Forms{"Mr.", "Smith", "met", "Gen.", "Lee", "and", "J.", "R.", "R.", "Tolkien", "in",
                   "the", "U.S.", "today"}));
  EXPECT_EQ(TokenForms("Acme Corp. and Foo Inc. sued, e.g. on Jan. 5"),
            (Forms{"Acme", "Corp.", "and", "Foo", "Inc.", "sued", ",", "e.g.", "on", "Jan.", "5"}));
}

TEST(Tokenizer, NoKeepsItsPeriodOnlyBeforeANumber) {
  EXPECT_EQ(TokenForms("He is No. 1"), (Forms{"He", "is", "No.", "1"}));
  EXPECT_EQ(TokenForms("She said no. Then"), (Forms{"She", "said", "no", ".", "Then"}));
}

TEST(Tokenizer, HandlesNumbersDatesTimesAndPercentages) {
  EXPECT_EQ(TokenForms("3.5 and 1,000,000 at 10:30 on 10/12/2004, 5% or $20.50"),
            (Forms{"3.5", "and", "1,000,000", "at", "10:30", "on", "10/12/2004", ",", "5", "%",
                   "or", "$", "20.50"}));
  EXPECT_EQ(TokenForms("call 713-664-7478 on 2005-03-09"),
            (Forms{"call", "713-664-7478", "on", "2005-03-09"}));
  EXPECT_EQ(TokenForms("rose 5,5 points"), (Forms{"rose", "5", ",", "5", "points"}));
}

TEST(Tokenizer, SplitsQuotesAndBrackets) {
  EXPECT_EQ(TokenForms("\u201cYes,\u201d he said (twice) \"no\" [sic]"),
            (Forms{"\u201c", "Yes", ",", "\u201d", "he", "said", "(", "twice", ")", "\"", "no",
                   "\"", "[", "sic", "]"}));
}

TEST(Tokenizer, KeepsPennTreebankTokensWhole) {
  // CaRB and other benchmarks are PTB-tokenized: escapes, quotes and clitics written apart.
  EXPECT_EQ(TokenForms("`` Acme -LRB- a firm -RRB- '' -LSB- sic -RSB- -LCB- x -RCB- ."),
            (Forms{"``", "Acme", "-LRB-", "a", "firm", "-RRB-", "''", "-LSB-", "sic", "-RSB-",
                   "-LCB-", "x", "-RCB-", "."}));
  EXPECT_EQ(
      TokenForms("They do n't know Putin 's plan , we 're told ."),
      (Forms{"They", "do", "n't", "know", "Putin", "'s", "plan", ",", "we", "'re", "told", "."}));
  EXPECT_EQ(TokenForms("(-LRB-)"), (Forms{"(", "-LRB-", ")"}));
}

TEST(Tokenizer, SplitsDashesButKeepsPrefixCompounds) {
  EXPECT_EQ(
      TokenForms("counter-terrorism and anti-terror\u2014not e-mail--ever"),
      (Forms{"counter-terrorism", "and", "anti-terror", "\u2014", "not", "e-mail", "--", "ever"}));
  // UD EWT splits other hyphenated words into parts and a hyphen token.
  EXPECT_EQ(TokenForms("a 15-year term, Russia-US talks"),
            (Forms{"a", "15", "-", "year", "term", ",", "Russia", "-", "US", "talks"}));
}

TEST(Tokenizer, KeepsUrlsEmailsAndHandlesWhole) {
  EXPECT_EQ(TokenForms("See http://example.com/a?b=1&c=2, write to john.doe@mail.org or @kgraph!"),
            (Forms{"See", "http://example.com/a?b=1&c=2", ",", "write", "to", "john.doe@mail.org",
                   "or", "@kgraph", "!"}));
  EXPECT_EQ(TokenForms("(www.tass.com) and google.com."),
            (Forms{"(", "www.tass.com", ")", "and", "google.com", "."}));
}

TEST(Tokenizer, KeepsEllipsesPunctuationRunsAndEmoticons) {
  EXPECT_EQ(TokenForms("Wait... what?! Great :) \u2026"),
            (Forms{"Wait", "...", "what", "?!", "Great", ":)", "\u2026"}));
}

TEST(Tokenizer, SpansAreExactBytesWithoutWhiteSpace) {
  std::string text = "\xEF\xBB\xBF  Hello,\u00A0world\u2019s  end.\n";
  Document doc = Tokenized(text);
  ASSERT_EQ(doc.sentences.size(), 1u);
  const std::vector<Token>& tokens = doc.sentences[0].tokens;
  Forms forms;
  for (const Token& token : tokens) forms.emplace_back(doc.Form(token));
  EXPECT_EQ(forms, (Forms{"Hello", ",", "world", "\u2019s", "end", "."}));
  EXPECT_EQ(tokens[0].span.begin, 5u);  // after the BOM and two spaces
  EXPECT_FALSE(tokens[0].space_after);
  EXPECT_TRUE(tokens[1].space_after);
  EXPECT_FALSE(tokens[2].space_after);
  EXPECT_EQ(doc.sentences[0].span.begin, tokens.front().span.begin);
  EXPECT_EQ(doc.sentences[0].span.end, tokens.back().span.end);
}

TEST(Tokenizer, SplitsSentencesAtFinalPunctuation) {
  EXPECT_EQ(SentenceTexts("He left. She stayed! Why? \u201cGo home.\u201d Then he went."),
            (std::vector<std::string>{"He left.", "She stayed!", "Why?", "\u201cGo home.\u201d",
                                      "Then he went."}));
}

TEST(Tokenizer, DoesNotSplitAfterInnerAbbreviationsOrInsideQuotes) {
  EXPECT_EQ(SentenceTexts("Mr. Smith met Dr. Jones. \"Stop!\" she said."),
            (std::vector<std::string>{"Mr. Smith met Dr. Jones.", "\"Stop!\" she said."}));
  EXPECT_EQ(
      SentenceTexts("She works for the U.S. Army in the U.S. The army is big."),
      (std::vector<std::string>{"She works for the U.S. Army in the U.S.", "The army is big."}));
}

TEST(Tokenizer, FollowsWebTextSentenceHabits) {
  EXPECT_EQ(SentenceTexts("no bite. i think so!! I love her. :) Then i left... I came back"),
            (std::vector<std::string>{"no bite.", "i think so!!", "I love her. :)",
                                      "Then i left...", "I came back"}));
  EXPECT_EQ(SentenceTexts("See file.doc.Now or f/2.7 etc. Thanks"),
            (std::vector<std::string>{"See file.doc.Now or f/2.7 etc.", "Thanks"}));
}

TEST(Tokenizer, KeepsFileNamesAndShorthandsWhole) {
  EXPECT_EQ(TokenForms("TEXT.htm b/c Lisa_resume.doc and/or him/her"),
            (Forms{"TEXT.htm", "b/c", "Lisa_resume.doc", "and", "/", "or", "him", "/", "her"}));
}

TEST(Tokenizer, BlankLinesAlwaysSplitSentences) {
  EXPECT_EQ(SentenceTexts("A headline without a stop\n\nThe body\nwraps here."),
            (std::vector<std::string>{"A headline without a stop", "The body\nwraps here."}));
}

TEST(Tokenizer, TokenizesOnlyBodyParagraphs) {
  Document doc;
  doc.text = "Headline\n\nBody one. Body two.\n\n\u00A9 Credit/TASS";
  doc.paragraphs = {{{0, 8}, true}, {{10, 29}, false}, {{31, 46}, true}};
  NewEnglishTokenizer()->Tokenize(doc);
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.Text(doc.sentences[0].span), "Body one.");
  EXPECT_EQ(doc.Text(doc.sentences[1].span), "Body two.");
}

TEST(Tokenizer, SurvivesNastyInput) {
  for (std::string text :
       {std::string(), std::string(" \n\t "), std::string("\xEF\xBB\xBF"), std::string("'''"),
        std::string("don'"), std::string("n't"), std::string("a.b.c.d.e."), std::string("...?!..."),
        std::string("@"), std::string("http://"), std::string("x@y"),
        std::string("\xFF\xFE broken")}) {
    Document doc = Tokenized(text);
    std::uint32_t previous_end = 0;
    for (const Sentence& sentence : doc.sentences) {
      ASSERT_FALSE(sentence.tokens.empty());
      for (const Token& token : sentence.tokens) {
        EXPECT_FALSE(token.span.empty()) << text;
        EXPECT_GE(token.span.begin, previous_end) << text;
        EXPECT_LE(token.span.end, doc.text.size()) << text;
        previous_end = token.span.end;
      }
    }
  }
}

TEST(Tokenizer, CapsSentenceLengthAndStaysLinearOnHugeLines) {
  std::string text;
  const std::size_t kWords = 200'000;
  text.reserve(kWords * 6);
  for (std::size_t i = 0; i < kWords; ++i) text += "word ";
  auto start = std::chrono::steady_clock::now();
  Document doc = Tokenized(std::move(text));
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(doc.sentences.size(), kWords / kMaxSentenceTokens);
  for (const Sentence& sentence : doc.sentences) {
    EXPECT_EQ(sentence.tokens.size(), kMaxSentenceTokens);
  }
  EXPECT_LT(seconds, 10.0);
}

TEST(Tokenizer, OneHugeTokenWithoutSpacesIsLinear) {
  std::string text(4'000'000, 'a');
  for (std::size_t i = 3; i < text.size(); i += 4) text[i] = '.';
  auto start = std::chrono::steady_clock::now();
  Document doc = Tokenized(std::move(text));
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_FALSE(doc.sentences.empty());
  EXPECT_LT(seconds, 10.0);
}

}  // namespace
}  // namespace kgraph
