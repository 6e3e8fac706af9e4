#include "core/eval/tokenization_eval.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>

#include "core/error.h"
#include "tests/core/conllu_samples.h"

namespace kgraph {
namespace {

using testing::kGoldDocument;

std::vector<ConlluSentence> Parse(const std::string& text) { return testing::ReadConlluText(text); }

TEST(TokenizationEval, RebuildsRawTextFromParagraphs) {
  std::vector<ConlluSentence> gold = Parse(kGoldDocument);
  std::vector<GoldDocument> documents = RebuildGoldDocuments(gold);
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].doc.text, "I don't know. Me neither.\n\nBye");
  EXPECT_EQ(documents[0].sentences.size(), 3u);
}

TEST(TokenizationEval, ScoresAPerfectTokenizationAsOneHundred) {
  TokenizationScores scores = EvaluateTokenization(Parse(kGoldDocument), *NewEnglishTokenizer());
  EXPECT_EQ(scores.tokens.gold, 8u);  // "don't" is one orthographic token
  EXPECT_EQ(scores.tokens.system, 8u);
  EXPECT_EQ(scores.tokens.correct, 8u);
  EXPECT_EQ(scores.words.gold, 9u);
  EXPECT_EQ(scores.words.correct, 9u);
  EXPECT_EQ(scores.sentences.correct, 3u);
  EXPECT_DOUBLE_EQ(scores.tokens.F1(), 1.0);
  std::string report = FormatTokenizationScores(scores);
  EXPECT_TRUE(report.ends_with("\ntokens_f1=100.00 sentences_f1=100.00\n")) << report;
}

TEST(TokenizationEval, CountsMissedSplits) {
  // The gold splits "ab" into two tokens; the tokenizer keeps it whole.
  std::vector<ConlluSentence> gold = Parse(
      "# text = ab c\n"
      "1\ta\ta\tX\tX\t_\t0\troot\t_\tSpaceAfter=No\n"
      "2\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n"
      "3\tc\tc\tX\tX\t_\t1\tdep\t_\t_\n"
      "\n");
  TokenizationScores scores = EvaluateTokenization(gold, *NewEnglishTokenizer());
  EXPECT_EQ(scores.tokens.gold, 3u);
  EXPECT_EQ(scores.tokens.system, 2u);
  EXPECT_EQ(scores.tokens.correct, 1u);
  EXPECT_DOUBLE_EQ(scores.tokens.F1(), 2.0 / 5.0);
  EXPECT_EQ(scores.sentences.correct, 1u);
}

TEST(TokenizationEval, RejectsFormsThatDoNotSpellTheText) {
  std::vector<ConlluSentence> gold = Parse(
      "# sent_id = broken\n"
      "# text = Hello world\n"
      "1\tHello\thello\tINTJ\tUH\t_\t0\troot\t_\t_\n"
      "\n");
  EXPECT_THROW(EvaluateTokenization(gold, *NewEnglishTokenizer()), Error);
}

TEST(TokenizationEval, ZeroCountsGiveZeroScores) {
  TokenizationScores scores;
  EXPECT_EQ(scores.tokens.F1(), 0.0);
  EXPECT_TRUE(FormatTokenizationScores(scores).ends_with("tokens_f1=0.00 sentences_f1=0.00\n"));
}

// Regression guard on UD English EWT dev, against the scores measured when the rules were tuned.
TEST(TokenizationEval, EwtDevScoresDoNotRegress) {
  const std::string path = std::string(KGRAPH_SHARED_DIR) + "/data/ud-ewt/en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(path)) {
    GTEST_SKIP() << "UD EWT dev not found at " << path
                 << " (the shared data directory is missing; set KGRAPH_SHARED_DIR)";
  }
  TokenizationScores scores = EvaluateTokenization(ReadConlluFile(path), *NewEnglishTokenizer());
  constexpr double kMeasuredTokensF1 = 99.53;
  constexpr double kMeasuredSentencesF1 = 86.73;
  EXPECT_GE(100 * scores.tokens.F1(), kMeasuredTokensF1 - 0.5) << FormatTokenizationScores(scores);
  EXPECT_GE(100 * scores.sentences.F1(), kMeasuredSentencesF1 - 1.0)
      << FormatTokenizationScores(scores);
}

}  // namespace
}  // namespace kgraph
