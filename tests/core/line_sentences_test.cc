// One sentence per line (core/text/line_sentences.h) and the forms PTB escape tokens get
// (core/text/ptb_escapes.h).
#include "core/text/line_sentences.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/text/ptb_escapes.h"
#include "core/text/tokenizer.h"

namespace kgraph {
namespace {

std::vector<std::string> SentencesPerLine(std::string text) {
  Document doc;
  doc.text = std::move(text);
  MarkLineParagraphs(doc);
  NewEnglishTokenizer()->Tokenize(doc);
  JoinSentencesPerParagraph(doc);
  EXPECT_EQ(doc.sentences.size(), doc.paragraphs.size());
  std::vector<std::string> sentences;
  for (const Sentence& sentence : doc.sentences) {
    std::string forms;
    for (const Token& token : sentence.tokens) forms += std::string(doc.Form(token)) + "|";
    sentences.push_back(forms);
  }
  return sentences;
}

TEST(LineSentences, EachNonBlankLineIsExactlyOneSentence) {
  EXPECT_EQ(SentencesPerLine("Putin met Obama. Obama left!\r\n\n \t\nthe next line\r"
                             "Mr. Smith went to\nWashington ."),
            (std::vector<std::string>{"Putin|met|Obama|.|Obama|left|!|", "the|next|line|",
                                      "Mr.|Smith|went|to|", "Washington|.|"}));
}

TEST(LineSentences, ParagraphsAreWholeLinesWithoutLineBreaks) {
  Document doc;
  doc.text = "  Two spaces .\r\n\nLast";
  MarkLineParagraphs(doc);
  ASSERT_EQ(doc.paragraphs.size(), 2u);
  EXPECT_EQ(doc.Text(doc.paragraphs[0].span), "  Two spaces .");
  EXPECT_EQ(doc.Text(doc.paragraphs[1].span), "Last");
  EXPECT_FALSE(doc.paragraphs[0].boilerplate);
}

TEST(PtbEscapes, FeaturesSeeThePunctuationAnEscapeStandsFor) {
  EXPECT_EQ(FeatureForm("-LRB-"), "(");
  EXPECT_EQ(FeatureForm("-RCB-"), "}");
  EXPECT_EQ(FeatureForm("``"), "\u201c");
  EXPECT_EQ(FeatureForm("''"), "\u201d");
  EXPECT_EQ(FeatureForm("LRB"), "LRB");
  EXPECT_EQ(FeatureForm("word"), "word");
}

}  // namespace
}  // namespace kgraph
