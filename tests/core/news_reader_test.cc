#include "core/text/news_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/text/text_reader.h"
#include "core/text/tokenizer.h"

namespace kgraph {
namespace {

struct Marked {
  std::vector<std::string> boilerplate;
  std::vector<std::string> body;
};

Marked Split(const Document& doc) {
  Marked marked;
  for (const Paragraph& paragraph : doc.paragraphs) {
    (paragraph.boilerplate ? marked.boilerplate : marked.body)
        .push_back(NormalizedText(doc, paragraph.span));
  }
  return marked;
}

Document ReadSample(const std::string& name) {
  Document doc = ReadTextFile(std::string(KGRAPH_SOURCE_DIR) + "/samples/news/" + name);
  MarkNewsParagraphs(doc);
  return doc;
}

Document FromText(std::string text) {
  Document doc;
  doc.text = std::move(text);
  MarkNewsParagraphs(doc);
  return doc;
}

// Every sentence of `expected` must be the text of some tokenized sentence of `doc`.
void ExpectSentencesKept(const Document& doc, const std::vector<std::string>& expected) {
  std::vector<std::string> sentences;
  for (const Sentence& sentence : doc.sentences) {
    sentences.push_back(NormalizedText(doc, sentence.span));
  }
  for (const std::string& sentence : expected) {
    EXPECT_NE(std::find(sentences.begin(), sentences.end(), sentence), sentences.end())
        << "missing: " << sentence;
  }
}

TEST(NewsReader, MarksTassLayoutAsBoilerplate) {
  Document doc = ReadSample("kremlin-russia-us-cooperation-needed.txt");
  Marked marked = Split(doc);
  EXPECT_EQ(marked.boilerplate,
            (std::vector<std::string>{
                "All news",
                "Russia-US cooperation needed to defeat terrorism \u2014 Kremlin spokesman",
                "Fighting against terrorism \"requires cooperation and we have been denied this "
                "cooperation,\" Kremlin spokesman Dmitry Peskov said",
                "Kremlin spokesman Dmitry Peskov Mikhail Metzel/TASS",
                "Kremlin spokesman Dmitry Peskov",
                "\u00A9 Mikhail Metzel/TASS",
                "NEW YORK, November 11. /TASS/.",
                "Bilateral relations",
                "Minsk Agreements",
            }));
  ASSERT_EQ(marked.body.size(), 10u);
  EXPECT_TRUE(marked.body[0].starts_with("Neither the United States nor Russia"));
}

TEST(NewsReader, KeepsEveryBodySentenceOfTheKremlinArticle) {
  Document doc = ReadSample("kremlin-russia-us-cooperation-needed.txt");
  NewEnglishTokenizer()->Tokenize(doc);
  ExpectSentencesKept(
      doc, {"\"It is impossible to defeat terrorism by yourself,\" Peskov, who is currently in "
            "New York to attend the opening ceremony of the World Chess Championship, said.",
            "No major changes are expected to occur in US politics in the nearest future due to "
            "considerable inertia, Peskov said."});
  for (const Sentence& sentence : doc.sentences) {
    std::string text = NormalizedText(doc, sentence.span);
    EXPECT_EQ(text.find("/TASS"), std::string::npos) << text;
    EXPECT_EQ(text.find("All news"), std::string::npos) << text;
  }
}

TEST(NewsReader, MarksCaptionDatelineAndSourceInOtherSamples) {
  Marked preconditions = Split(ReadSample("preconditions-unacceptable-in-anti-terror-fight.txt"));
  EXPECT_EQ(preconditions.boilerplate.size(), 7u);
  EXPECT_EQ(preconditions.boilerplate.back(), "MOSCOW, February 1. /TASS/.");
  EXPECT_EQ(preconditions.body.size(), 8u);

  Marked security = Split(ReadSample("security-council-hopes-for-progress.txt"));
  EXPECT_EQ(security.boilerplate,
            (std::vector<std::string>{
                "Russia's Security Council hopes for progress in Russia-U.S. cooperation",
                "January 15, 2017 TASS", "Source: Tass"}));
  EXPECT_EQ(security.body.size(), 8u);

  Marked putin = Split(ReadSample("putin-common-interests-of-special-services.txt"));
  EXPECT_EQ(putin.boilerplate,
            (std::vector<std::string>{"Putin spoke about the common interests of special "
                                      "services of Russia and the United States",
                                      "Vladimir Putin"}));
  EXPECT_EQ(putin.body.size(), 6u);
}

TEST(NewsReader, FindsParagraphsInHardWrappedCopyWithoutBlankLines) {
  Document doc = ReadSample("fsb-cooperation-with-us-and-uk.txt");
  Marked marked = Split(doc);
  EXPECT_TRUE(marked.boilerplate.empty());
  ASSERT_EQ(marked.body.size(), 13u);
  // A single line break inside a sentence is a space: the wrapped sentence stays whole.
  EXPECT_EQ(marked.body[2],
            "The professional cooperation between special services must continue despite the "
            "strained relations between nations, the head of Russia\u2019s Federal Security "
            "Service said during his visit to the United States.");
  EXPECT_TRUE(marked.body[4].starts_with("The FSB director emphasized"));

  NewEnglishTokenizer()->Tokenize(doc);
  ExpectSentencesKept(
      doc, {"We transcribe what was said by Alexandr Bornitkov, head of FSB.",
            "Aleksandr Bortnikov told reporters in Washington DC that it was impossible to "
            "solve political contradictions without using all the special services\u2019 "
            "capabilities.",
            "He added that Russia was interested not only in information exchange, but also in "
            "joint operations.",
            "The participants agreed to continue their work at the UN General Assembly session "
            "in September."});
  std::size_t body_words = 0;
  for (const Sentence& sentence : doc.sentences) body_words += sentence.tokens.size();
  EXPECT_GT(body_words, 500u);
}

TEST(NewsReader, ParagraphSpansExcludeSurroundingWhiteSpace) {
  Document doc = FromText("\xEF\xBB\xBF Title Line\n\n  First body line\ncontinues here.  \n");
  ASSERT_EQ(doc.paragraphs.size(), 2u);
  EXPECT_TRUE(doc.paragraphs[0].boilerplate);
  EXPECT_EQ(doc.Text(doc.paragraphs[0].span), "Title Line");
  EXPECT_FALSE(doc.paragraphs[1].boilerplate);
  EXPECT_EQ(doc.Text(doc.paragraphs[1].span), "First body line\ncontinues here.");
}

TEST(NewsReader, KeepsLongUnpunctuatedBodyText) {
  Document doc = FromText(
      "Officials met today.\n\nthe talks went on for hours and nobody said anything at all "
      "about the deal or the sanctions or the weather");
  ASSERT_EQ(doc.paragraphs.size(), 2u);
  EXPECT_FALSE(doc.paragraphs[1].boilerplate);

  // A huge single line without punctuation is text to analyse, not a headline.
  std::string line;
  for (int i = 0; i < 100'000; ++i) line += "word ";
  Document huge = FromText(line);
  ASSERT_EQ(huge.paragraphs.size(), 1u);
  EXPECT_FALSE(huge.paragraphs[0].boilerplate);
  NewEnglishTokenizer()->Tokenize(huge);
  EXPECT_EQ(huge.sentences.size(), 200u);
}

TEST(NewsReader, HandlesEmptyAndBlankText) {
  EXPECT_TRUE(FromText("").paragraphs.empty());
  EXPECT_TRUE(FromText("\n\n \n").paragraphs.empty());
  Document crlf = FromText("Body line one.\r\n\r\nBody line two.\r\n");
  ASSERT_EQ(crlf.paragraphs.size(), 2u);
  EXPECT_EQ(crlf.Text(crlf.paragraphs[1].span), "Body line two.");
}

}  // namespace
}  // namespace kgraph
