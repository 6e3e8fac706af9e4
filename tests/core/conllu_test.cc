#include "core/conllu/conllu.h"

#include <gtest/gtest.h>

#include <sstream>

#include "core/error.h"

namespace kgraph {
namespace {

TEST(Conllu, ReadsWordsCommentsAndMultiwords) {
  std::istringstream in(
      "# newdoc id = d1\n# sent_id = s1\n# text = I didn't.\n"
      "1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
      "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
      "2\tdid\tdo\tAUX\tVBD\t_\t3\taux\t_\t_\n"
      "3\tn't\tnot\tPART\tRB\t_\t0\troot\t_\t_\n"
      "3.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
  auto sentences = ReadConllu(in, "t.conllu");
  ASSERT_EQ(sentences.size(), 1u);
  const ConlluSentence& s = sentences[0];
  EXPECT_EQ(s.newdoc_id, "d1");
  EXPECT_EQ(s.sent_id, "s1");
  EXPECT_EQ(s.text, "I didn't.");
  ASSERT_EQ(s.words.size(), 4u);
  EXPECT_EQ(s.words[1].lemma, "do");
  EXPECT_EQ(s.words[2].head, 0);
  ASSERT_EQ(s.multiwords.size(), 1u);
  EXPECT_EQ(s.multiwords[0].first, 2);
  EXPECT_EQ(s.multiwords[0].last, 3);
  EXPECT_EQ(s.line, 1u);
}

TEST(Conllu, ReportsFileAndLineOfMalformedRow) {
  std::istringstream in("# text = a\n1\ta\ta\tX\n");
  try {
    ReadConllu(in, "bad.conllu");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.location().source, "bad.conllu");
    EXPECT_EQ(e.location().line, 2u);
    EXPECT_NE(std::string(e.what()).find("10 tab-separated columns"), std::string::npos);
  }
}

TEST(Conllu, GoldWordsBecomeTokensWithOwnSpans) {
  std::istringstream in(
      "1\tPutin\tPutin\tPROPN\tNNP\t_\t0\troot\t_\tSpaceAfter=No\n"
      "2\t’s\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n\n");
  Document doc = DocumentFromGoldWords(ReadConllu(in, "t"));
  ASSERT_EQ(doc.sentences.size(), 1u);
  ASSERT_EQ(doc.sentences[0].tokens.size(), 2u);
  EXPECT_EQ(doc.Form(doc.sentences[0].tokens[1]), "’s");
  EXPECT_FALSE(doc.sentences[0].tokens[0].space_after);
}

}  // namespace
}  // namespace kgraph
