#include "graph/knowledge_graph.h"

#include <gtest/gtest.h>

#include "core/error.h"

namespace kgraph {
namespace {

Evidence MakeEvidence(std::uint32_t sentence, double confidence = 0.5) {
  Evidence evidence;
  evidence.document = "doc.txt";
  evidence.sentence = sentence;
  evidence.span = ByteSpan{sentence * 10, sentence * 10 + 9};
  evidence.sentence_text = "sentence " + std::to_string(sentence);
  evidence.confidence = confidence;
  evidence.extractor = "pattern";
  return evidence;
}

TEST(KnowledgeGraph, MentionsOfOneKeyShareANode) {
  KnowledgeGraph graph;
  const auto us1 = graph.AddMention("U.S.", "Place");
  const auto us2 = graph.AddMention("the United States");
  const auto us3 = graph.AddMention("U.S.");
  ASSERT_TRUE(us1 && us2 && us3);
  EXPECT_EQ(*us1, *us2);
  EXPECT_EQ(*us1, *us3);
  EXPECT_EQ(graph.NodeCount(), 1u);
  const Entity& entity = graph.GetEntity(*us1);
  EXPECT_EQ(entity.key, "united states");
  EXPECT_EQ(entity.name, "U.S.");
  EXPECT_EQ(entity.mentions, 3u);
  EXPECT_EQ(entity.surface_forms.at("U.S."), 2u);
  EXPECT_EQ(entity.type, "Place");
}

TEST(KnowledgeGraph, DisplayNameIsMostFrequentThenLongest) {
  KnowledgeGraph graph;
  const NodeId node = *graph.AddMention("Patrushev’s");
  graph.AddMention("Patrushev");
  EXPECT_EQ(graph.GetEntity(node).name, "Patrushev’s");  // tie: the longer form
  graph.AddMention("Patrushev");
  EXPECT_EQ(graph.GetEntity(node).name, "Patrushev");
}

TEST(KnowledgeGraph, SpecificTypeReplacesThingButNotAnotherType) {
  KnowledgeGraph graph;
  const NodeId node = *graph.AddMention("Patrushev");
  EXPECT_EQ(graph.GetEntity(node).type, "Thing");
  graph.AddMention("Patrushev", "Thing");
  EXPECT_EQ(graph.GetEntity(node).type, "Thing");
  graph.AddMention("Patrushev", "Person");
  EXPECT_EQ(graph.GetEntity(node).type, "Person");
  graph.AddMention("Patrushev", "Organization");
  EXPECT_EQ(graph.GetEntity(node).type, "Person");
}

TEST(KnowledgeGraph, PronounsAreNoMentions) {
  KnowledgeGraph graph;
  EXPECT_FALSE(graph.AddMention("he"));
  EXPECT_FALSE(graph.AddMention("The"));
  EXPECT_EQ(graph.NodeCount(), 0u);
}

TEST(KnowledgeGraph, SameFactTwiceIsOneEdgeWithTwoEvidence) {
  KnowledgeGraph graph;
  const NodeId putin = *graph.AddMention("Putin");
  const NodeId us = *graph.AddMention("US");
  const EdgeId first = graph.AddFact(putin, "criticize", us, MakeEvidence(1, 0.5));
  const EdgeId second = graph.AddFact(putin, "criticize", us, MakeEvidence(2, 0.5));
  EXPECT_EQ(first, second);
  EXPECT_EQ(graph.EdgeCount(), 1u);
  ASSERT_EQ(graph.GetRelation(first).evidence.size(), 2u);
  EXPECT_DOUBLE_EQ(graph.GetRelation(first).Confidence(), 0.75);

  graph.AddFact(putin, "criticize", us, MakeEvidence(1, 0.5));  // identical evidence again
  EXPECT_EQ(graph.GetRelation(first).evidence.size(), 2u);

  // Another label or the reverse direction is another fact.
  EXPECT_NE(graph.AddFact(putin, "praise", us, MakeEvidence(3)), first);
  EXPECT_NE(graph.AddFact(us, "criticize", putin, MakeEvidence(4)), first);
  EXPECT_EQ(graph.EdgeCount(), 3u);
}

TEST(KnowledgeGraph, AddRelationKeepsParallelEdges) {
  KnowledgeGraph graph;
  const NodeId a = *graph.AddMention("Kremlin");
  const NodeId b = *graph.AddMention("FSB");
  Relation relation;
  relation.label = "control";
  relation.evidence = {MakeEvidence(1)};
  const EdgeId e0 = graph.AddRelation(a, b, relation);
  const EdgeId e1 = graph.AddRelation(a, b, relation);
  EXPECT_NE(e0, e1);
  EXPECT_EQ(graph.EdgeCount(), 2u);
  EXPECT_EQ(graph.OutEdges(a), (std::vector<EdgeId>{e0, e1}));
  EXPECT_EQ(graph.InEdges(b), (std::vector<EdgeId>{e0, e1}));
  EXPECT_TRUE(graph.OutEdges(b).empty());
  EXPECT_EQ(graph.Source(e1), a);
  EXPECT_EQ(graph.Target(e1), b);
  // AddFact adds to the first of the parallel edges.
  EXPECT_EQ(graph.AddFact(a, "control", b, MakeEvidence(2)), e0);
  EXPECT_EQ(graph.GetRelation(e0).evidence.size(), 2u);
  EXPECT_EQ(graph.GetRelation(e1).evidence.size(), 1u);
}

TEST(KnowledgeGraph, AddEntityRejectsDuplicateKeys) {
  KnowledgeGraph graph;
  Entity entity;
  entity.key = "kremlin";
  entity.name = "Kremlin";
  entity.type = "Organization";
  EXPECT_EQ(graph.AddEntity(entity), 0u);
  EXPECT_THROW(graph.AddEntity(entity), Error);
  // A mention of the restored key finds the restored node.
  EXPECT_EQ(graph.AddMention("the Kremlin"), 0u);
}

TEST(KnowledgeGraph, BadIdsThrow) {
  KnowledgeGraph graph;
  const NodeId a = *graph.AddMention("Kremlin");
  EXPECT_THROW(graph.GetEntity(1), Error);
  EXPECT_THROW(graph.GetRelation(0), Error);
  EXPECT_THROW(graph.AddFact(a, "x", 7, MakeEvidence(0)), Error);
  EXPECT_THROW(graph.AddRelation(9, a, Relation{}), Error);
}

TEST(KnowledgeGraph, FindByAliasKeyOrSurfaceFormCaseInsensitively) {
  KnowledgeGraph graph;
  const NodeId us = *graph.AddMention("United States");
  const NodeId fsb = *graph.AddMention("Federal Security Service");
  graph.AddMention("Russia’s security service");
  EXPECT_EQ(graph.Find("usa"), us);
  EXPECT_EQ(graph.Find("U.S."), us);
  EXPECT_EQ(graph.Find("fsb"), fsb);
  EXPECT_EQ(graph.Find("RUSSIA’S SECURITY SERVICE"), 2u);
  EXPECT_FALSE(graph.Find("Moscow"));
  EXPECT_FALSE(graph.Find("he"));
}

TEST(KnowledgeGraph, FindBySurfaceFormPrefersTheLowestNodeId) {
  AliasTable no_aliases;
  KnowledgeGraph graph(no_aliases);
  Entity first;
  first.key = "first";
  first.surface_forms = {{"Shared Name", 1}};
  Entity second;
  second.key = "second";
  second.surface_forms = {{"shared name", 1}};
  graph.AddEntity(second);
  graph.AddEntity(first);
  EXPECT_EQ(graph.Find("SHARED NAME"), 0u);
}

TEST(KnowledgeGraph, EqualityIsStructural) {
  auto build = [](bool extra) {
    KnowledgeGraph graph;
    const NodeId a = *graph.AddMention("Putin", "Person");
    const NodeId b = *graph.AddMention("Ukraine", "Place");
    graph.AddFact(a, "visit", b, MakeEvidence(1));
    if (extra) graph.AddFact(a, "visit", b, MakeEvidence(2));
    return graph;
  };
  EXPECT_TRUE(build(false) == build(false));
  EXPECT_FALSE(build(false) == build(true));
}

TEST(KnowledgeGraph, MovePreservesContents) {
  KnowledgeGraph graph;
  graph.AddMention("Kremlin");
  KnowledgeGraph moved(std::move(graph));
  EXPECT_EQ(moved.NodeCount(), 1u);
  EXPECT_EQ(moved.Find("kremlin"), 0u);
}

TEST(Relation, NegatedOnlyWhenEveryPieceOfEvidenceIs) {
  Relation relation{NegatedLabel("sign"), {}};
  EXPECT_EQ(relation.label, "not sign");
  EXPECT_FALSE(relation.Negated());  // no evidence, no claim
  relation.evidence.push_back(MakeEvidence(1));
  relation.evidence.back().negated = true;
  EXPECT_TRUE(relation.Negated());
  relation.evidence.push_back(MakeEvidence(2));
  EXPECT_FALSE(relation.Negated());
}

TEST(Relation, AttributedToListsTheSourcesOfAFactThatIsOnlyReported) {
  Relation relation{"support", {MakeEvidence(1), MakeEvidence(2), MakeEvidence(3)}};
  relation.evidence[0].attributed_to = "Patrushev";
  relation.evidence[1].attributed_to = "Peskov";
  relation.evidence[2].attributed_to = "Patrushev";
  EXPECT_EQ(relation.AttributedTo(), "Patrushev; Peskov");
  relation.evidence[1].attributed_to.clear();  // also narrated: a fact, not only a claim
  EXPECT_EQ(relation.AttributedTo(), "");
  EXPECT_EQ(Relation{}.AttributedTo(), "");
}

TEST(KnowledgeGraph, FindKeyMatchesExactKeysOnly) {
  KnowledgeGraph graph;
  const NodeId us = *graph.AddMention("the U.S.", "Place");
  const NodeId patrushev = *graph.AddMention("Nikolai Patrushev", "Person");
  EXPECT_EQ(graph.FindKey("united states"), us);
  EXPECT_EQ(graph.FindKey("nikolai patrushev"), patrushev);
  EXPECT_EQ(graph.FindKey("the U.S."), std::nullopt);   // a surface form, not a key
  EXPECT_EQ(graph.FindKey("patrushev"), std::nullopt);  // Find() would take the surname
  EXPECT_EQ(graph.Find("patrushev"), patrushev);
}

TEST(KnowledgeGraph, NegatedAndPositiveFactsAreSeparateEdges) {
  KnowledgeGraph graph;
  const NodeId russia = *graph.AddMention("Russia", "Place");
  const NodeId treaty = *graph.AddMention("the treaty");
  Evidence negated = MakeEvidence(2);
  negated.negated = true;
  const EdgeId yes = graph.AddFact(russia, "sign", treaty, MakeEvidence(1));
  const EdgeId no = graph.AddFact(russia, NegatedLabel("sign"), treaty, negated);
  EXPECT_NE(yes, no);
  EXPECT_FALSE(graph.GetRelation(yes).Negated());
  EXPECT_TRUE(graph.GetRelation(no).Negated());
}

}  // namespace
}  // namespace kgraph
