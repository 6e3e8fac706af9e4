// The CaRB scorer (core/eval/carb_eval.h) on small hand-computed cases.
#include "core/eval/carb_eval.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kgraph {
namespace {

CarbTuple Tuple(std::string sentence, double confidence, std::string relation,
                std::vector<std::string> arguments) {
  return {std::move(sentence), confidence, std::move(relation), std::move(arguments), 0};
}

const std::string kSentence = "Smith founded Acme in 1990 .";

TEST(CarbEval, PerfectOutputScoresOne) {
  std::vector<CarbTuple> gold = {Tuple(kSentence, 1, "founded", {"Smith", "Acme"}),
                                 Tuple(kSentence, 1, "founded", {"Smith", "Acme", "in 1990"})};
  std::vector<CarbTuple> predicted = gold;
  for (CarbTuple& tuple : predicted) tuple.confidence = 0.7;
  CarbScores scores = EvaluateCarb(gold, predicted);
  EXPECT_DOUBLE_EQ(scores.f1, 1.0);
  EXPECT_DOUBLE_EQ(scores.precision, 1.0);
  EXPECT_DOUBLE_EQ(scores.recall, 1.0);
  EXPECT_DOUBLE_EQ(scores.auc, 1.0);  // the points (1, 1) and (0, 1)
  EXPECT_EQ(scores.gold_tuples, 2u);
  EXPECT_EQ(scores.curve.size(), 1u);
}

TEST(CarbEval, EmptyOutputScoresZero) {
  CarbScores scores = EvaluateCarb({Tuple(kSentence, 1, "founded", {"Smith", "Acme"})}, {});
  EXPECT_EQ(scores.f1, 0);
  EXPECT_EQ(scores.precision, 0);
  EXPECT_EQ(scores.recall, 0);
  EXPECT_EQ(scores.auc, 0);
  EXPECT_TRUE(scores.curve.empty());
}

TEST(CarbEval, RecallIsManyToOnePrecisionOneToOne) {
  std::vector<CarbTuple> gold = {Tuple(kSentence, 1, "founded", {"Smith", "Acme"})};
  // Two copies of the right tuple: the gold tuple is fully recalled, but only one copy can be
  // matched to it for precision.
  std::vector<CarbTuple> twice = {Tuple(kSentence, 0.5, "founded", {"Smith", "Acme"}),
                                  Tuple(kSentence, 0.5, "founded", {"Smith", "Acme"})};
  CarbScores scores = EvaluateCarb(gold, twice);
  EXPECT_DOUBLE_EQ(scores.recall, 1.0);
  EXPECT_DOUBLE_EQ(scores.precision, 0.5);
  // The other way round, one system tuple serves two identical gold tuples for recall.
  std::vector<CarbTuple> gold_twice = {gold[0], gold[0]};
  CarbScores reverse = EvaluateCarb(gold_twice, {twice[0]});
  EXPECT_DOUBLE_EQ(reverse.recall, 1.0);
  EXPECT_DOUBLE_EQ(reverse.precision, 1.0);
}

TEST(CarbEval, BestF1ThresholdAndAreaUnderTheCurve) {
  std::vector<CarbTuple> gold = {Tuple(kSentence, 1, "founded", {"Smith", "Acme"}),
                                 Tuple(kSentence, 1, "is based in", {"Acme", "Paris"})};
  std::vector<CarbTuple> predicted = {Tuple(kSentence, 0.9, "founded", {"Smith", "Acme"}),
                                      Tuple(kSentence, 0.4, "sold", {"Jones", "Acme"})};
  CarbScores scores = EvaluateCarb(gold, predicted);
  // >= 0.4: recall (1 + 0) / 2, precision (1 + 0) / 2 -> F1 0.5.
  // >= 0.9: recall 1/2, precision 1/1 -> F1 2/3, the best.
  ASSERT_EQ(scores.curve.size(), 2u);
  EXPECT_DOUBLE_EQ(scores.curve[0].confidence, 0.4);
  EXPECT_DOUBLE_EQ(scores.curve[0].precision, 0.5);
  EXPECT_DOUBLE_EQ(scores.curve[1].precision, 1.0);
  EXPECT_DOUBLE_EQ(scores.best_confidence, 0.9);
  EXPECT_DOUBLE_EQ(scores.f1, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(scores.precision, 1.0);
  EXPECT_DOUBLE_EQ(scores.recall, 0.5);
  // Recall 0.5, 0.5, then the added point (0, 1): area 0 + 0.5 * (1 + 1) / 2.
  EXPECT_DOUBLE_EQ(scores.auc, 0.5);
}

TEST(CarbEval, AllWrongAtTheTopThresholdIsSkippedNotNaN) {
  // At >= 0.9 precision and recall are 0 (F1 0/0): numpy's nanargmax passes over it.
  std::vector<CarbTuple> gold = {Tuple(kSentence, 1, "founded", {"Smith", "Acme"})};
  std::vector<CarbTuple> predicted = {Tuple(kSentence, 0.9, "sold", {"Jones", "Acme"}),
                                      Tuple(kSentence, 0.5, "founded", {"Smith", "Acme"})};
  CarbScores scores = EvaluateCarb(gold, predicted);
  EXPECT_DOUBLE_EQ(scores.best_confidence, 0.5);
  EXPECT_DOUBLE_EQ(scores.f1, 2 * 0.5 * 1.0 / 1.5);
}

TEST(CarbEval, SentencesMatchByKeyAndOthersOnlyAddThresholds) {
  std::vector<CarbTuple> gold = {
      Tuple("Smith ( 40 ) founded Acme .", 1, "founded", {"Smith", "Acme"})};
  std::vector<CarbTuple> predicted = {
      Tuple("Smith -LRB- 40 -RRB- founded Acme.", 0.8, "founded", {"Smith", "Acme"}),
      Tuple("A sentence without gold tuples .", 0.3, "is", {"it", "here"})};
  CarbScores scores = EvaluateCarb(gold, predicted);
  EXPECT_EQ(scores.scored_tuples, 1u);
  EXPECT_EQ(scores.curve.size(), 2u);  // 0.3 is a threshold although its tuple does not count
  EXPECT_DOUBLE_EQ(scores.curve[0].precision, 1.0);
  EXPECT_DOUBLE_EQ(scores.f1, 1.0);
}

TEST(CarbEval, SentenceKeyDropsSpacesEscapesAndPunctuation) {
  EXPECT_EQ(CarbSentenceKey("Mr. Smith -LRB- 40 -RRB- ."), "MrSmith40");
  EXPECT_EQ(CarbSentenceKey("do n't"), "dont");
  EXPECT_EQ(CarbSentenceKey("caf\u00e9"), "caf\u00e9");
}

TEST(CarbEval, ReportEndsWithTheScoreLine) {
  CarbScores scores;
  scores.f1 = 0.5, scores.precision = 0.25, scores.recall = 1, scores.auc = 0.123456;
  std::string report = FormatCarbScores(scores);
  EXPECT_TRUE(report.ends_with("\nf1=0.5000 precision=0.2500 recall=1.0000 auc=0.1235\n"))
      << report;
}

}  // namespace
}  // namespace kgraph
