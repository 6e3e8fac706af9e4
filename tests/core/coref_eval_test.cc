// The CoNLL-2012 coreference metrics on the worked examples of the papers, computed by hand.
// Mentions are named by letters; each is a one-word mention at its own position of sentence 0.
#include "core/eval/coref_eval.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/error.h"

namespace kgraph {
namespace {

constexpr double kEps = 1e-9;

// "abc de" -> {{a,b,c},{d,e}}: a letter is the mention of word (letter - 'a').
CorefDocument Clusters(const std::string& spec) {
  CorefDocument doc;
  doc.clusters.emplace_back();
  for (char c : spec) {
    if (c == ' ') {
      doc.clusters.emplace_back();
    } else {
      doc.clusters.back().push_back({0, c - 'a', c - 'a' + 1});
    }
  }
  return doc;
}

void ExpectCounts(const CorefCounts& c, double recall, double precision) {
  EXPECT_NEAR(c.Recall(), recall, kEps);
  EXPECT_NEAR(c.Precision(), precision, kEps);
}

TEST(CorefEval, VilainMucSplitEntityLosesOneLink) {
  // Vilain et al. (1995): key {A B C D}, response {A B} {C D}: 2 of 3 links, no wrong link.
  CorefScores s = ScoreCoref(Clusters("abcd"), Clusters("ab cd"));
  EXPECT_DOUBLE_EQ(s.muc.recall_num, 2);
  EXPECT_DOUBLE_EQ(s.muc.recall_den, 3);
  ExpectCounts(s.muc, 2.0 / 3, 1.0);
}

// Pradhan et al. (2014), "Scoring Coreference Partitions of Predicted Mentions", Figure 1:
// key {a b c} {d e f g}, response {a b} {c d} {f g h i} (h and i are not in the key).
TEST(CorefEval, PradhanExampleMuc) {
  CorefScores s = ScoreCoref(Clusters("abc defg"), Clusters("ab cd fghi"));
  ExpectCounts(s.muc, 2.0 / 5, 2.0 / 5);
}

TEST(CorefEval, PradhanExampleBCubed) {
  CorefScores s = ScoreCoref(Clusters("abc defg"), Clusters("ab cd fghi"));
  // R = (2²/3 + 1²/3 + 1²/4 + 2²/4) / 7, P = (2²/2 + 1²/2 + 1²/2 + 2²/4) / 8.
  ExpectCounts(s.b_cubed, (4.0 / 3 + 1.0 / 3 + 1.0 / 4 + 1.0) / 7, (2.0 + 0.5 + 0.5 + 1.0) / 8);
}

TEST(CorefEval, PradhanExampleCeafE) {
  CorefScores s = ScoreCoref(Clusters("abc defg"), Clusters("ab cd fghi"));
  // Best alignment: {a b c}-{a b} (phi4 = 4/5) and {d e f g}-{f g h i} (4/8).
  ExpectCounts(s.ceaf_e, 1.3 / 2, 1.3 / 3);
  ExpectCounts(s.mentions, 6.0 / 7, 6.0 / 8);
}

// Luo (2005), Figure 1: key {1 2 3 4 5} {6 7} {8 9 A B C}; here a-e, f-g, h-l.
TEST(CorefEval, LuoSystemAMergesTheTwoSmallerEntities) {
  CorefScores s = ScoreCoref(Clusters("abcde fg hijkl"), Clusters("abcde fghijkl"));
  ExpectCounts(s.muc, 1.0, 9.0 / 10);
  // phi4: 1 for {a..e}, 2*5/(5+7) for {h..l} with the merged entity.
  const double total = 1.0 + 10.0 / 12;
  ExpectCounts(s.ceaf_e, total / 3, total / 2);
  EXPECT_NEAR(s.ceaf_e.F1(), 0.7333333333, 1e-9);
}

TEST(CorefEval, LuoAllSingletonsResponse) {
  CorefScores s = ScoreCoref(Clusters("abcde fg hijkl"), Clusters("a b c d e f g h i j k l"));
  ExpectCounts(s.muc, 0.0, 0.0);
  ExpectCounts(s.b_cubed, (1.0 / 5 * 5 + 1.0 / 2 * 2 + 1.0 / 5 * 5) / 12, 1.0);
  // One singleton per key entity: 2/6 + 2/3 + 2/6.
  ExpectCounts(s.ceaf_e, (4.0 / 3) / 3, (4.0 / 3) / 12);
}

TEST(CorefEval, IdenticalResponseScoresOneHundred) {
  CorefScores s = ScoreCoref(Clusters("abc de f"), Clusters("abc de f"));
  for (const CorefCounts* c : {&s.mentions, &s.muc, &s.b_cubed, &s.ceaf_e}) {
    ExpectCounts(*c, 1.0, 1.0);
  }
  EXPECT_NEAR(s.ConllF1(), 1.0, kEps);
}

TEST(CorefEval, EmptyResponseScoresZeroWithTheKeyAsDenominators) {
  CorefScores s = ScoreCoref(Clusters("abc de f"), CorefDocument{});
  EXPECT_DOUBLE_EQ(s.muc.recall_den, 3);
  EXPECT_DOUBLE_EQ(s.b_cubed.recall_den, 6);
  EXPECT_DOUBLE_EQ(s.ceaf_e.recall_den, 3);
  EXPECT_DOUBLE_EQ(s.ceaf_e.precision_den, 0);
  EXPECT_DOUBLE_EQ(s.ConllF1(), 0);
}

TEST(CorefEval, SingletonsCanBeExcluded) {
  // The response gets the pair right but proposes a singleton the key does not have.
  const CorefDocument key = Clusters("ab c");
  const CorefDocument response = Clusters("ab d");
  CorefScores with = ScoreCoref(key, response);
  ExpectCounts(with.b_cubed, 2.0 / 3, 2.0 / 3);
  ExpectCounts(with.ceaf_e, 1.0 / 2, 1.0 / 2);
  CorefScores without = ScoreCoref(key, response, {.keep_singletons = false});
  EXPECT_NEAR(without.ConllF1(), 1.0, kEps);
  EXPECT_DOUBLE_EQ(without.b_cubed.recall_den, 2);
}

TEST(CorefEval, MentionsMatchOnlyByExactExtent) {
  CorefDocument key;
  key.clusters = {{{0, 0, 2}, {1, 3, 4}}};
  CorefDocument response;
  response.clusters = {{{0, 0, 3}, {1, 3, 4}}};  // first mention one word too long
  CorefScores s = ScoreCoref(key, response);
  ExpectCounts(s.mentions, 0.5, 0.5);
  ExpectCounts(s.muc, 0.0, 0.0);  // the one link joins a twinless mention
  ExpectCounts(s.b_cubed, 0.25, 0.25);
}

TEST(CorefEval, RepeatedResponseMentionCountsWhereItFirstAppears) {
  // scorer.pl drops the second "a"; {a b} {c} is then the key exactly.
  CorefScores s = ScoreCoref(Clusters("ab c"), Clusters("ab ca"));
  EXPECT_NEAR(s.ConllF1(), 1.0, kEps);
  EXPECT_DOUBLE_EQ(s.mentions.precision_den, 3);
}

TEST(CorefEval, CorpusAddsCountsBeforeDividing) {
  CorefScores total =
      ScoreCorefCorpus({Clusters("abcd"), Clusters("ab")}, {Clusters("ab cd"), Clusters("a b")});
  EXPECT_DOUBLE_EQ(total.muc.recall_num, 2);
  EXPECT_DOUBLE_EQ(total.muc.recall_den, 4);
  EXPECT_THROW(ScoreCorefCorpus({Clusters("ab")}, {}), Error);
}

TEST(CorefEval, FormatEndsWithTheSummaryLine) {
  std::string report = FormatCorefScores(ScoreCoref(Clusters("abcd"), Clusters("ab cd")));
  EXPECT_NE(report.find("muc=80.00 b3="), std::string::npos) << report;
  EXPECT_EQ(report.back(), '\n');
}

TEST(CorefEval, ScoreMentionsCountsDistinctExtents) {
  CorefCounts c = ScoreMentions(Clusters("abc de"), Clusters("a b x y"));
  EXPECT_DOUBLE_EQ(c.recall_num, 2);
  EXPECT_DOUBLE_EQ(c.recall_den, 5);
  EXPECT_DOUBLE_EQ(c.precision_den, 4);
}

}  // namespace
}  // namespace kgraph
