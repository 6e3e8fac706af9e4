// CaRB's default tuple matcher (carb.py's binary_linient_tuple_match) on hand-computed cases.
#include "core/eval/carb_matcher.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kgraph {
namespace {

CarbTuple Tuple(std::string relation, std::vector<std::string> arguments) {
  CarbTuple tuple;
  tuple.sentence = "S .";
  tuple.relation = std::move(relation);
  tuple.arguments = std::move(arguments);
  return tuple;
}

CarbMatch Match(const CarbTuple& gold, const CarbTuple& predicted) {
  return MatchCarbTuples(gold, predicted);
}

TEST(CarbMatcher, IdenticalTuplesMatchFully) {
  CarbTuple gold = Tuple("founded", {"Smith", "Acme Corp"});
  EXPECT_EQ(Match(gold, gold), (CarbMatch{1.0, 1.0}));
}

TEST(CarbMatcher, PartialOverlapCountsWordsOfEveryPart) {
  // Relation: "born", "in" of 3 gold words; arg1: "Smith" of 2; arg2: "Paris" of 2.
  // Matching words 4 of 4 system words and of 7 gold words.
  CarbMatch match = Match(Tuple("was born in", {"John Smith", "Paris France"}),
                          Tuple("born in", {"Smith", "Paris"}));
  EXPECT_DOUBLE_EQ(match.precision, 1.0);
  EXPECT_DOUBLE_EQ(match.recall, 4.0 / 7.0);
}

TEST(CarbMatcher, StopwordsAndCaseCountLikeAnyWord) {
  // carb.py passes ignoreStopwords/ignoreCase, but its default matcher never reads them: "the"
  // counts as a word and "The" differs from "the".
  CarbMatch match = Match(Tuple("is in", {"The company", "the city of Paris"}),
                          Tuple("is in", {"the company", "Paris"}));
  // Matching: is, in, company, Paris = 4; system words 2+2+1 = 5; gold words 2+2+4 = 8.
  EXPECT_DOUBLE_EQ(match.precision, 4.0 / 5.0);
  EXPECT_DOUBLE_EQ(match.recall, 4.0 / 8.0);
}

TEST(CarbMatcher, NoCommonRelationWordIsNoMatch) {
  EXPECT_EQ(Match(Tuple("founded", {"Smith", "Acme"}), Tuple("sold", {"Smith", "Acme"})),
            (CarbMatch{0.0, 0.0}));
}

TEST(CarbMatcher, SpareBeStandsForAFormOfBe) {
  // "is" is not "be", but a system "be" left over matches a gold form of "be".
  EXPECT_EQ(Match(Tuple("is", {"Paris", "a city"}), Tuple("be", {"Paris", "a city"})),
            (CarbMatch{1.0, 1.0}));
  EXPECT_EQ(Match(Tuple("has", {"Paris", "a city"}), Tuple("be", {"Paris", "a city"})),
            (CarbMatch{0.0, 0.0}));
}

TEST(CarbMatcher, MissingFirstOrSecondArgumentIsNoMatch) {
  EXPECT_EQ(Match(Tuple("founded", {"Smith", "Acme"}), Tuple("founded", {"Smith"})),
            (CarbMatch{0.0, 0.0}));
  EXPECT_EQ(Match(Tuple("founded", {"Smith"}), Tuple("founded", {})), (CarbMatch{0.0, 0.0}));
}

TEST(CarbMatcher, ArgumentsAfterTheFirstAreJoined) {
  // Both sides become binary: arg1 and the rest joined, so the split point does not matter.
  EXPECT_EQ(Match(Tuple("founded", {"Smith", "Acme", "in 1990"}),
                  Tuple("founded", {"Smith", "Acme in 1990"})),
            (CarbMatch{1.0, 1.0}));
}

TEST(CarbMatcher, SystemArgumentsBeyondTheGoldOnesAreNotCounted) {
  // Gold has arg1 only: the system's arg2 adds no word to the precision denominator.
  EXPECT_EQ(Match(Tuple("sleeps", {"Smith"}), Tuple("sleeps", {"Smith", "soundly"})),
            (CarbMatch{1.0, 1.0}));
}

TEST(CarbMatcher, SaidTypeRelationsAlsoTrySwappedArguments) {
  CarbTuple gold = Tuple("said", {"Smith", "it rained"});
  CarbTuple swapped = Tuple("said", {"it rained", "Smith"});
  EXPECT_EQ(Match(gold, swapped), (CarbMatch{1.0, 1.0}));
  // Any other relation is matched as given: only "met" matches, 1 of 4 words either way.
  CarbMatch other =
      Match(Tuple("met", {"Smith", "Jones Brown"}), Tuple("met", {"Jones Brown", "Smith"}));
  EXPECT_DOUBLE_EQ(other.precision, 1.0 / 4.0);
  EXPECT_DOUBLE_EQ(other.recall, 1.0 / 4.0);
}

TEST(CarbMatcher, EachSystemWordMatchesOnce) {
  // Gold "the the" against system "the": one match, recall 1 of 2 words in arg1.
  CarbMatch match = Match(Tuple("is", {"the the", "x"}), Tuple("is", {"the", "x"}));
  EXPECT_DOUBLE_EQ(match.precision, 3.0 / 3.0);
  EXPECT_DOUBLE_EQ(match.recall, 3.0 / 4.0);
}

}  // namespace
}  // namespace kgraph
