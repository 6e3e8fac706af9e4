#include "pipeline/antecedents.h"

#include <gtest/gtest.h>

#include "tests/graph/test_document.h"

namespace kgraph {
namespace {

using testing::MakeDocument;
using testing::Tokens;
using testing::Word;

// "Dmitry Peskov spoke . He cited the case . The spokesman praised the FSB ." with the clusters
// the resolver would find, given by hand so the test is about linking only.
class Antecedents : public ::testing::Test {
 protected:
  Antecedents()
      : doc_(MakeDocument("doc", {{{"Dmitry"}, {"Peskov"}, {"spoke", Upos::kVerb}},
                                  {{"He", Upos::kPron},
                                   {"cited", Upos::kVerb},
                                   {"the", Upos::kDet},
                                   {"case", Upos::kNoun}},
                                  {{"The", Upos::kDet},
                                   {"spokesman", Upos::kNoun},
                                   {"praised", Upos::kVerb},
                                   {"we", Upos::kPron}}})) {
    // "Dmitry" is a flat part of the name headed by "Peskov".
    doc_.sentences[0].tokens[0].head = 1;
    doc_.sentences[0].tokens[0].deprel = "flat";
    clusters_ = {{{0, 0, 2, 1}, {1, 0, 1, 0}, {2, 0, 2, 1}, {2, 3, 4, 3}}};
  }

  Triple Fact(std::size_t s, std::pair<int, int> subject, std::pair<int, int> object) {
    return testing::MakeTriple(doc_, s, subject, {subject.second + 1, subject.second + 1}, object,
                               "cite");
  }

  Document doc_;
  std::vector<MentionCluster> clusters_;
};

TEST_F(Antecedents, PronounsAndDescriptionsGetTheNameOfTheirEntity) {
  std::vector<Triple> triples = {Fact(1, {0, 0}, {2, 3}), Fact(2, {0, 1}, {3, 3})};
  EXPECT_EQ(LinkArgumentsToAntecedents(doc_, clusters_, triples), 2u);
  EXPECT_EQ(doc_.Text(triples[0].subject_head), "Dmitry Peskov");
  EXPECT_EQ(doc_.Text(triples[0].subject), "He");  // the evidence keeps the words as written
  EXPECT_EQ(doc_.Text(triples[1].subject_head), "Dmitry Peskov");
  // "we" mostly stands for a speaker in a quotation: not linked.
  EXPECT_TRUE(triples[1].object_head.empty());
}

TEST_F(Antecedents, NamesAndUnresolvedArgumentsStayAsTheyAre) {
  std::vector<Triple> triples = {Fact(0, {0, 1}, {2, 2}), Fact(1, {2, 3}, {0, 0})};
  triples[1].clausal_object = true;
  EXPECT_EQ(LinkArgumentsToAntecedents(doc_, {}, triples), 0u);
  EXPECT_EQ(LinkArgumentsToAntecedents(doc_, clusters_, triples), 0u);
  EXPECT_TRUE(triples[0].subject_head.empty());
}

TEST_F(Antecedents, BothEndsOfOneEntityAreNotLinkedIntoALoop) {
  // "He — be — the spokesman": both refer to Peskov.
  std::vector<Triple> triples = {Fact(1, {0, 0}, {0, 0})};
  triples[0].object = Tokens(doc_, 2, 0, 1);
  EXPECT_EQ(LinkArgumentsToAntecedents(doc_, clusters_, triples), 0u);
}

}  // namespace
}  // namespace kgraph
