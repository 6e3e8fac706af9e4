#include "graph/entity_resolution.h"

#include <gtest/gtest.h>

#include "graph/name_variants.h"

namespace kgraph {
namespace {

Evidence MakeEvidence(std::uint32_t sentence) {
  Evidence evidence;
  evidence.document = "doc.txt";
  evidence.sentence = sentence;
  evidence.sentence_text = "sentence " + std::to_string(sentence);
  evidence.confidence = 0.5;
  evidence.extractor = "pattern";
  return evidence;
}

NodeId Mention(KnowledgeGraph& graph, std::string_view surface, std::string_view type) {
  return *graph.AddMention(surface, type);
}

TEST(ResolveEntities, MergesNodesMadeBeforeTheirAliasWasKnown) {
  KnowledgeGraph graph(AliasTable{});
  const NodeId acronym = Mention(graph, "FSB", "Organization");
  const NodeId russia = Mention(graph, "Russia", "Place");
  graph.AddFact(acronym, "warn", russia, MakeEvidence(1));
  Evidence mentioning = MakeEvidence(3);
  mentioning.mentions = {"fsb"};
  graph.AddFact(russia, "praise", russia, mentioning);
  // The article defines the acronym only later: "the Federal Security Service (FSB)".
  graph.AddAlias("FSB", "Federal Security Service");
  const NodeId full = Mention(graph, "Federal Security Service", "Organization");
  graph.AddFact(full, "warn", russia, MakeEvidence(2));

  KnowledgeGraph resolved = ResolveEntities(graph);
  ASSERT_EQ(resolved.NodeCount(), 2u);
  const NodeId merged = *resolved.Find("FSB");
  EXPECT_EQ(resolved.GetEntity(merged).key, "federal security service");
  EXPECT_EQ(resolved.GetEntity(merged).mentions, 2u);
  EXPECT_EQ(resolved.OutEdges(merged).size(), 1u);
  EXPECT_EQ(resolved.GetRelation(resolved.OutEdges(merged)[0]).evidence.size(), 2u);
  // Evidence that mentioned the old key now names the surviving node.
  const NodeId country = *resolved.Find("Russia");
  const Relation& praise = resolved.GetRelation(resolved.OutEdges(country)[0]);
  EXPECT_EQ(praise.evidence[0].mentions, std::vector<std::string>{"federal security service"});
}

TEST(ResolveEntities, RenamesAnAliasKeyedNodeWhenNoCanonicalNodeExists) {
  KnowledgeGraph graph(AliasTable{});
  const NodeId acronym = Mention(graph, "ISIL", "Organization");
  const NodeId syria = Mention(graph, "Syria", "Place");
  graph.AddFact(acronym, "attack", syria, MakeEvidence(1));
  graph.AddAlias("ISIL", "Islamic State");
  KnowledgeGraph resolved = ResolveEntities(graph);
  ASSERT_EQ(resolved.NodeCount(), 2u);
  EXPECT_EQ(resolved.GetEntity(*resolved.Find("ISIL")).key, "islamic state");
  EXPECT_EQ(resolved.GetEntity(*resolved.Find("ISIL")).name, "ISIL");
}

TEST(ResolveEntities, DropsTheBeFactBetweenTwoNamesThatBecameOneNode) {
  KnowledgeGraph graph;
  const NodeId surname = Mention(graph, "Peskov", "Thing");
  const NodeId full = Mention(graph, "Dmitry Peskov", "Person");
  const NodeId reporters = Mention(graph, "reporters", "Thing");
  graph.AddFact(surname, "be", full, MakeEvidence(1));
  graph.AddFact(surname, "tell", reporters, MakeEvidence(2));
  KnowledgeGraph resolved = ResolveEntities(graph);
  ASSERT_EQ(resolved.NodeCount(), 2u);
  ASSERT_EQ(resolved.EdgeCount(), 1u);
  EXPECT_EQ(resolved.GetRelation(0).label, "tell");
}

TEST(ResolveEntities, MergesSurnameIntoTheUniqueFullName) {
  KnowledgeGraph graph;
  const NodeId surname = Mention(graph, "Patrushev", "Thing");
  const NodeId russia = Mention(graph, "Russia", "Place");
  const NodeId full = Mention(graph, "Nikolai Patrushev", "Person");
  Mention(graph, "Nikolai Patrushev’s", "Person");
  graph.AddFact(surname, "warn", russia, MakeEvidence(1));
  graph.AddFact(full, "warn", russia, MakeEvidence(2));
  graph.AddFact(full, "warn", russia, MakeEvidence(1));  // same evidence as the surname's fact

  const KnowledgeGraph resolved = ResolveEntities(graph);
  ASSERT_EQ(resolved.NodeCount(), 2u);
  const NodeId person = *resolved.Find("Nikolai Patrushev");
  EXPECT_EQ(resolved.Find("Patrushev"), person);
  const Entity& entity = resolved.GetEntity(person);
  EXPECT_EQ(entity.key, "nikolai patrushev");
  EXPECT_EQ(entity.type, "Person");
  EXPECT_EQ(entity.mentions, 3u);
  EXPECT_EQ(entity.surface_forms.size(), 3u);
  EXPECT_EQ(entity.name, "Nikolai Patrushev’s");  // all forms seen once: the longest

  // The two "warn" facts are one edge now, with the union of their evidence.
  ASSERT_EQ(resolved.EdgeCount(), 1u);
  EXPECT_EQ(resolved.Source(0), person);
  EXPECT_EQ(resolved.GetEntity(resolved.Target(0)).key, "russia");
  ASSERT_EQ(resolved.GetRelation(0).evidence.size(), 2u);
  EXPECT_EQ(resolved.GetRelation(0).evidence[0].sentence, 1u);
  EXPECT_EQ(resolved.GetRelation(0).evidence[1].sentence, 2u);
}

TEST(ResolveEntities, MergesTitledNamesIntoTheBareFullName) {
  KnowledgeGraph graph;
  Mention(graph, "President Vladimir Putin", "Person");
  Mention(graph, "Putin", "Person");
  Mention(graph, "Vladimir Putin", "Person");
  Mention(graph, "President Putin", "Person");
  const KnowledgeGraph resolved = ResolveEntities(graph);
  ASSERT_EQ(resolved.NodeCount(), 1u);
  EXPECT_EQ(resolved.GetEntity(0).key, "vladimir putin");
  EXPECT_EQ(resolved.GetEntity(0).mentions, 4u);
}

TEST(ResolveEntities, MergesTransliterationVariantsOfAPersonsName) {
  KnowledgeGraph graph;
  Mention(graph, "Aleksandr Bortnikov", "Person");
  Mention(graph, "Alexander Bortnikov", "Person");
  Mention(graph, "Dmitri Peskov", "Person");
  Mention(graph, "Dmitriy Peskov", "Person");
  Mention(graph, "Zelenskiy", "Person");
  Mention(graph, "Volodymyr Zelensky", "Person");
  Mention(graph, "Alexandra Bortnikova", "Person");  // another person
  const KnowledgeGraph resolved = ResolveEntities(graph);
  ASSERT_EQ(resolved.NodeCount(), 4u);
  EXPECT_EQ(resolved.GetEntity(0).key, "aleksandr bortnikov");
  EXPECT_EQ(resolved.GetEntity(0).mentions, 2u);
  EXPECT_EQ(resolved.GetEntity(1).key, "dmitri peskov");
  EXPECT_EQ(resolved.GetEntity(1).mentions, 2u);
  EXPECT_EQ(resolved.GetEntity(2).key, "volodymyr zelensky");
  EXPECT_EQ(resolved.GetEntity(2).mentions, 2u);
  EXPECT_EQ(resolved.GetEntity(3).key, "alexandra bortnikova");
}

TEST(NameVariantKey, FoldsTheCommonTransliterations) {
  EXPECT_EQ(NameVariantKey("aleksandr"), NameVariantKey("alexander"));
  EXPECT_EQ(NameVariantKey("sergei"), NameVariantKey("sergey"));
  EXPECT_EQ(NameVariantKey("yevgeny"), NameVariantKey("evgeniy"));
  EXPECT_EQ(NameVariantKey("mikhail"), "mihail");
  EXPECT_EQ(NameVariantKey("nikolai"), NameVariantKey("nikolay"));
  EXPECT_EQ(NameVariantKey("zelenskyy"), "zelensky");
  EXPECT_NE(NameVariantKey("alexandra"), NameVariantKey("alexandr"));
  EXPECT_EQ(NameVariantKey("müller"), "müller");  // not ASCII: as it is
  EXPECT_EQ(NameVariantKey("li"), "li");          // too short to fold
}

TEST(ResolveEntities, DoesNotMergeAnAmbiguousSurname) {
  KnowledgeGraph graph;
  Mention(graph, "Nikolai Patrushev", "Person");
  Mention(graph, "Dmitry Patrushev", "Person");
  Mention(graph, "Patrushev", "Thing");
  const KnowledgeGraph resolved = ResolveEntities(graph);
  EXPECT_EQ(resolved.NodeCount(), 3u);
  EXPECT_TRUE(resolved == graph);
}

TEST(ResolveEntities, LeavesPlacesOrganizationsAndNonPersonsAlone) {
  KnowledgeGraph graph;
  Mention(graph, "Georgia", "Place");
  Mention(graph, "Jimmy Georgia", "Person");
  Mention(graph, "Security Council", "Organization");
  Mention(graph, "Council", "Thing");
  const KnowledgeGraph resolved = ResolveEntities(graph);
  EXPECT_EQ(resolved.NodeCount(), 4u);
  EXPECT_TRUE(resolved == graph);
}

TEST(ResolveEntities, KeepsFactsWithoutEvidenceAndTheAliasTable) {
  AliasTable aliases;
  aliases.Add("Moscow", "Russia");
  KnowledgeGraph graph(aliases);
  const NodeId a = Mention(graph, "Putin", "Person");
  const NodeId b = Mention(graph, "Russia", "Place");
  graph.AddRelation(a, b, Relation{"lead", {}});
  const KnowledgeGraph resolved = ResolveEntities(graph);
  ASSERT_EQ(resolved.EdgeCount(), 1u);
  EXPECT_TRUE(resolved.GetRelation(0).evidence.empty());
  EXPECT_EQ(resolved.Find("Moscow"), 1u);
}

TEST(ResolveEntities, IsDeterministicAndIdempotent) {
  auto build = [] {
    KnowledgeGraph graph;
    const NodeId putin = Mention(graph, "Putin", "Person");
    const NodeId full = Mention(graph, "Vladimir Putin", "Person");
    const NodeId us = Mention(graph, "US", "Place");
    graph.AddFact(putin, "criticize", us, MakeEvidence(1));
    graph.AddFact(full, "criticize", us, MakeEvidence(2));
    graph.AddFact(us, "sanction", putin, MakeEvidence(3));
    return graph;
  };
  const KnowledgeGraph first = ResolveEntities(build());
  EXPECT_TRUE(first == ResolveEntities(build()));
  EXPECT_TRUE(ResolveEntities(first) == first);
  EXPECT_EQ(first.NodeCount(), 2u);
  EXPECT_EQ(first.EdgeCount(), 2u);
}

// A fact whose evidence mentions a surname that resolution merges into the full name.
KnowledgeGraph GraphWithMentionedSurname() {
  KnowledgeGraph graph;
  const NodeId us = Mention(graph, "the U.S.", "Place");
  const NodeId progress = Mention(graph, "progress", "Thing");
  Mention(graph, "Patrushev", "Thing");
  Mention(graph, "Russia", "Place");
  Mention(graph, "Nikolai Patrushev", "Person");
  Evidence evidence = MakeEvidence(1);
  evidence.mentions = {"nikolai patrushev", "patrushev", "russia"};
  graph.AddFact(us, "support", progress, evidence);
  return graph;
}

TEST(ResolveEntities, RewritesMentionedKeysToTheMergedNode) {
  const KnowledgeGraph graph = GraphWithMentionedSurname();
  for (const KnowledgeGraph& resolved :
       {ResolveEntities(graph), ResolveEntities(GraphWithMentionedSurname())}) {
    ASSERT_EQ(resolved.NodeCount(), 4u);
    EXPECT_EQ(resolved.FindKey("patrushev"), std::nullopt);
    const std::vector<std::string>& mentions = resolved.GetRelation(0).evidence.at(0).mentions;
    EXPECT_EQ(mentions, (std::vector<std::string>{"nikolai patrushev", "russia"}));
    for (const std::string& key : mentions) EXPECT_TRUE(resolved.FindKey(key)) << key;
  }
  // The input graph keeps its own keys.
  EXPECT_EQ(graph.GetRelation(0).evidence.at(0).mentions.size(), 3u);
}

TEST(ResolveEntities, KeepsTheOtherEvidenceFields) {
  KnowledgeGraph graph;
  const NodeId surname = Mention(graph, "Patrushev", "Thing");
  const NodeId treaty = Mention(graph, "the treaty", "Thing");
  Mention(graph, "Nikolai Patrushev", "Person");
  Evidence evidence = MakeEvidence(1);
  evidence.subject_text = "Secretary Patrushev";
  evidence.relation_text = "did not sign";
  evidence.object_text = "the treaty";
  evidence.extra_arguments = {"in Moscow"};
  evidence.attributed_to = "TASS";
  evidence.negated = true;
  evidence.modality = "may";
  graph.AddFact(surname, NegatedLabel("sign"), treaty, evidence);
  const KnowledgeGraph resolved = ResolveEntities(graph);
  ASSERT_EQ(resolved.EdgeCount(), 1u);
  EXPECT_EQ(resolved.GetRelation(0).label, "not sign");
  EXPECT_EQ(resolved.GetRelation(0).evidence.at(0), evidence);
}

}  // namespace
}  // namespace kgraph
