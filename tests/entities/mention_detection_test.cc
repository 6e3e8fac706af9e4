// Mention detection on fixed dependency trees (checked by hand, in mention_trees.h), so that
// the tests do not move when the shipped parser changes.
#include "entities/mention_detection.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "core/conllu/conllu.h"
#include "entities/mention_detection_eval.h"
#include "tests/entities/mention_trees.h"

namespace kgraph {
namespace {

// The hand-checked trees, parsed once per call (they are small).
std::vector<ConlluSentence> Trees() {
  std::istringstream in(kMentionTrees);
  return ReadConllu(in, "tests/entities/mention_trees.h");
}

// The sentence whose text starts with `prefix`, with its gold tags and tree.
Sentence Parsed(const std::string& prefix) {
  std::vector<ConlluSentence> all = Trees();
  for (const ConlluSentence& sentence : all) {
    if (sentence.text.starts_with(prefix)) {
      Document doc = DocumentFromGoldWords({sentence});
      CopyGoldAnalysis({sentence}, doc);
      return doc.sentences[0];
    }
  }
  ADD_FAILURE() << "no sentence starts with " << prefix;
  return {};
}

using Spans = std::vector<std::pair<int, int>>;

Spans SpansOf(const Sentence& sentence) {
  Spans spans;
  for (const DetectedMention& m : DetectMentions(sentence)) spans.emplace_back(m.begin, m.end);
  return spans;
}

TEST(MentionDetection, NestsPossessorsInTheirPhrase) {
  // [[Russia 's] Security Council] met [[his] brother] in [Moscow].
  EXPECT_EQ(SpansOf(Parsed("Russia's Security Council")),
            (Spans{{0, 4}, {0, 2}, {5, 7}, {5, 6}, {8, 9}}));
}

TEST(MentionDetection, KeepsRelativeClausesAndLeavesAppositionsApart) {
  // [Patrushev], [the head of [the council]], is [the man who signed [it]]: the apposition is a
  // mention of its own, "who" is none, the predicate nominal leaves out subject and copula.
  EXPECT_EQ(SpansOf(Parsed("Patrushev, the head")),
            (Spans{{0, 1}, {2, 7}, {5, 7}, {9, 14}, {13, 14}}));
}

TEST(MentionDetection, ProposesEachConjunctButNotExpletives) {
  // It is clear that [France] and [Germany] agree.
  EXPECT_EQ(SpansOf(Parsed("It is clear")), (Spans{{4, 5}, {6, 7}}));
}

TEST(MentionDetection, HandlesNumbersNameCompoundsAndExistentialThere) {
  // In [2016], there were [[5 percent] more [Russia] experts].
  EXPECT_EQ(SpansOf(Parsed("In 2016")), (Spans{{1, 2}, {5, 10}, {5, 7}, {8, 9}}));
}

TEST(MentionDetection, JoinsYouGuysAndSkipsIdioms) {
  // Thank [you guys], for example, for [the help]: one mention for the pair, though the parse
  // attaches both words to the verb, and none for "example" in "for example".
  EXPECT_EQ(SpansOf(Parsed("Thank you guys")), (Spans{{1, 3}, {8, 10}}));
}

TEST(MentionDetection, RecordsTheHead) {
  std::vector<DetectedMention> mentions = DetectMentions(Parsed("Russia's Security Council"));
  ASSERT_FALSE(mentions.empty());
  EXPECT_EQ(mentions[0], (DetectedMention{0, 4, 3}));
}

TEST(MentionDetection, WithoutATreeProposesSingleWords) {
  Sentence sentence = Parsed("Russia's Security Council");
  for (Token& token : sentence.tokens) {
    token.head = -1;
    token.deprel.clear();
  }
  EXPECT_EQ(SpansOf(sentence), (Spans{{0, 1}, {2, 3}, {3, 4}, {5, 6}, {6, 7}, {8, 9}}));
}

}  // namespace
}  // namespace kgraph
