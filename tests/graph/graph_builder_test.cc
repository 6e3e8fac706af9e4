#include "graph/graph_builder.h"

#include <gtest/gtest.h>

#include "core/error.h"
#include "graph/entity_typer.h"
#include "tests/graph/test_document.h"

namespace kgraph {
namespace {

using testing::MakeDocument;
using testing::MakeTriple;
using testing::Tokens;
using testing::Word;

constexpr Upos kPropn = Upos::kPropn;
constexpr Upos kNoun = Upos::kNoun;
constexpr Upos kVerb = Upos::kVerb;
constexpr Upos kDet = Upos::kDet;
constexpr Upos kPron = Upos::kPron;
constexpr Upos kPunct = Upos::kPunct;

// 0: President Vladimir Putin criticized the U.S. .
// 1: Putin criticized the United States again .
Document PutinDocument() {
  return MakeDocument("putin.txt", {{{"President", kPropn},
                                     {"Vladimir", kPropn},
                                     {"Putin", kPropn},
                                     {"criticized", kVerb},
                                     {"the", kDet},
                                     {"U.S.", kPropn, false},
                                     {".", kPunct}},
                                    {{"He", kPron},
                                     {"criticized", kVerb},
                                     {"the", kDet},
                                     {"United", kPropn},
                                     {"States", kPropn},
                                     {"again", Upos::kAdv, false},
                                     {".", kPunct}}});
}

TEST(AddTriples, AddsTypedMentionsAndEvidence) {
  const Document doc = PutinDocument();
  KnowledgeGraph graph;
  AddTriples(graph, doc, {MakeTriple(doc, 0, {1, 2}, {3, 3}, {4, 5}, "criticize", 0.8)}, "pattern");

  ASSERT_EQ(graph.NodeCount(), 2u);
  ASSERT_EQ(graph.EdgeCount(), 1u);
  const Entity& putin = graph.GetEntity(graph.Source(0));
  EXPECT_EQ(putin.key, "vladimir putin");
  EXPECT_EQ(putin.name, "Vladimir Putin");
  EXPECT_EQ(putin.type, "Person");
  const Entity& us = graph.GetEntity(graph.Target(0));
  EXPECT_EQ(us.key, "united states");
  EXPECT_EQ(us.name, "the U.S.");
  EXPECT_EQ(us.type, "Place");

  const Relation& relation = graph.GetRelation(0);
  EXPECT_EQ(relation.label, "criticize");
  ASSERT_EQ(relation.evidence.size(), 1u);
  const Evidence& evidence = relation.evidence[0];
  EXPECT_EQ(evidence.document, "putin.txt");
  EXPECT_EQ(evidence.sentence, 0u);
  EXPECT_EQ(evidence.span, Tokens(doc, 0, 1, 5));
  EXPECT_EQ(doc.Text(evidence.span), "Vladimir Putin criticized the U.S.");
  EXPECT_EQ(evidence.sentence_text, "President Vladimir Putin criticized the U.S..");
  EXPECT_DOUBLE_EQ(evidence.confidence, 0.8);
  EXPECT_EQ(evidence.extractor, "pattern");
}

TEST(AddTriples, TwoNamesOfOneEntityAreNoFact) {
  // "ISIL — be — the Islamic State": the alias table makes both ends one node.
  const Document doc = testing::MakeDocument(
      "doc", {{{"ISIL"}, {"is", Upos::kAux}, {"the", Upos::kDet}, {"Islamic"}, {"State"}}});
  KnowledgeGraph graph;
  AddTriples(graph, doc, {MakeTriple(doc, 0, {0, 0}, {1, 1}, {2, 4}, "be")}, "clause");
  EXPECT_EQ(graph.EdgeCount(), 0u);
  EXPECT_EQ(graph.NodeCount(), 0u);
}

TEST(AddTriples, RepeatedTripleAddsNoEvidenceAndAliasesShareANode) {
  Document doc = PutinDocument();
  doc.sentences[1].tokens[0].upos = kPropn;
  doc.text.replace(doc.sentences[1].tokens[0].span.begin, 2, "US");  // "US criticized ..."
  KnowledgeGraph graph;
  AddTriples(graph, doc,
             {MakeTriple(doc, 0, {1, 2}, {3, 3}, {4, 5}, "criticize"),
              MakeTriple(doc, 1, {0, 0}, {1, 1}, {2, 4}, "criticize"),
              MakeTriple(doc, 0, {1, 2}, {3, 3}, {4, 5}, "criticize")},
             "pattern");
  // Putin -> US and US -> US (a self loop), each once; the repeated triple adds no evidence.
  ASSERT_EQ(graph.NodeCount(), 2u);
  ASSERT_EQ(graph.EdgeCount(), 2u);
  EXPECT_EQ(graph.GetRelation(0).evidence.size(), 1u);
  const NodeId us = *graph.Find("United States");
  EXPECT_EQ(graph.GetEntity(us).mentions, 4u);
  EXPECT_EQ(graph.Source(1), us);
  EXPECT_EQ(graph.Target(1), us);
}

TEST(AddTriples, SameFactTwiceGivesTwoEvidenceOnOneEdge) {
  const Document doc = MakeDocument(
      "a.txt", {{{"Russia", kPropn}, {"invaded", kVerb}, {"Ukraine", kPropn}, {".", kPunct}},
                {{"Russia", kPropn}, {"invaded", kVerb}, {"Ukraine", kPropn}, {".", kPunct}}});
  KnowledgeGraph graph;
  AddTriples(graph, doc, {MakeTriple(doc, 0, {0, 0}, {1, 1}, {2, 2}, "invade", 0.5)}, "pattern");
  AddTriples(graph, doc, {MakeTriple(doc, 1, {0, 0}, {1, 1}, {2, 2}, "invade", 0.5)}, "pattern");
  ASSERT_EQ(graph.EdgeCount(), 1u);
  ASSERT_EQ(graph.GetRelation(0).evidence.size(), 2u);
  EXPECT_EQ(graph.GetRelation(0).evidence[1].sentence, 1u);
  EXPECT_EQ(graph.GetRelation(0).evidence[1].sentence_text, "Russia invaded Ukraine .");
  EXPECT_DOUBLE_EQ(graph.GetRelation(0).Confidence(), 0.75);
}

TEST(AddTriples, SkipsTriplesWithPronounArgumentsWithoutStrayNodes) {
  const Document doc = PutinDocument();
  KnowledgeGraph graph;
  AddTriples(graph, doc, {MakeTriple(doc, 1, {0, 0}, {1, 1}, {2, 4}, "criticize")}, "pattern");
  EXPECT_EQ(graph.NodeCount(), 0u);
  EXPECT_EQ(graph.EdgeCount(), 0u);
}

TEST(AddTriples, FallsBackToTheRelationTextWithoutALemma) {
  const Document doc = PutinDocument();
  KnowledgeGraph graph;
  AddTriples(graph, doc, {MakeTriple(doc, 0, {1, 2}, {3, 3}, {4, 5}, "")}, "pattern");
  EXPECT_EQ(graph.GetRelation(0).label, "criticized");
}

TEST(AddTriples, RejectsTriplesOutsideTheDocument) {
  const Document doc = PutinDocument();
  KnowledgeGraph graph;
  Triple triple = MakeTriple(doc, 0, {1, 2}, {3, 3}, {4, 5}, "criticize");
  triple.sentence = 7;
  EXPECT_THROW(AddTriples(graph, doc, {triple}, "pattern"), Error);
  triple.sentence = 0;
  triple.object.end = static_cast<std::uint32_t>(doc.text.size() + 1);
  try {
    AddTriples(graph, doc, {triple}, "pattern");
    FAIL() << "expected kgraph::Error";
  } catch (const Error& error) {
    EXPECT_EQ(error.location().source, "putin.txt");
  }
}

TEST(AddTriples, IsDeterministic) {
  const Document doc = PutinDocument();
  const std::vector<Triple> triples = {MakeTriple(doc, 0, {1, 2}, {3, 3}, {4, 5}, "criticize"),
                                       MakeTriple(doc, 0, {0, 2}, {3, 3}, {5, 5}, "criticize")};
  KnowledgeGraph first;
  KnowledgeGraph second;
  AddTriples(first, doc, triples, "pattern");
  AddTriples(second, doc, triples, "pattern");
  EXPECT_TRUE(first == second);
}

// 0: Nikolai Patrushev hopes for progress in cooperation between Russia and the U.S. in 2017 .
Document HopeDocument() {
  return MakeDocument("hope.txt", {{{"Nikolai", kPropn},
                                    {"Patrushev", kPropn},
                                    {"hopes", kVerb},
                                    {"for", Upos::kAdp},
                                    {"progress", kNoun},
                                    {"in", Upos::kAdp},
                                    {"cooperation", kNoun},
                                    {"between", Upos::kAdp},
                                    {"Russia", kPropn},
                                    {"and", Upos::kCconj},
                                    {"the", kDet},
                                    {"U.S.", kPropn},
                                    {"in", Upos::kAdp},
                                    {"2017", Upos::kNum, false},
                                    {".", kPunct}}});
}

// Nikolai Patrushev -hope for-> progress, read from the whole sentence: the object's head is
// "progress", "the U.S." and "Russia" are mentioned in it (in that order), "in 2017" is an
// extra argument.
Triple HopeTriple(const Document& doc) {
  Triple triple = MakeTriple(doc, 0, {0, 1}, {2, 3}, {4, 11}, "hope for", 0.6);
  triple.object_head = Tokens(doc, 0, 4, 4);
  triple.mentioned = {Tokens(doc, 0, 10, 11), Tokens(doc, 0, 8, 8)};
  triple.extra_arguments = {Tokens(doc, 0, 12, 13)};
  return triple;
}

TEST(AddTriples, HeadPhraseNamesTheNodeAndEvidenceKeepsTheFullPhrase) {
  const Document doc = HopeDocument();
  KnowledgeGraph graph;
  AddTriples(graph, doc, {HopeTriple(doc)}, "clause");

  ASSERT_EQ(graph.EdgeCount(), 1u);
  EXPECT_EQ(graph.GetEntity(graph.Source(0)).key, "nikolai patrushev");
  const Entity& progress = graph.GetEntity(graph.Target(0));
  EXPECT_EQ(progress.key, "progress");
  EXPECT_EQ(progress.name, "progress");
  EXPECT_EQ(graph.FindKey("progress in cooperation between russia and the u.s."), std::nullopt);

  const Evidence& evidence = graph.GetRelation(0).evidence.at(0);
  EXPECT_EQ(evidence.subject_text, "Nikolai Patrushev");
  EXPECT_EQ(evidence.relation_text, "hopes for");  // the relation's text: no relation_text given
  EXPECT_EQ(evidence.object_text, "progress in cooperation between Russia and the U.S.");
  EXPECT_EQ(evidence.extra_arguments, std::vector<std::string>{"in 2017"});
  EXPECT_EQ(evidence.span, Tokens(doc, 0, 0, 13));  // the extra argument is part of the fact
  EXPECT_EQ(evidence.attributed_to, "");
  EXPECT_FALSE(evidence.negated);
  EXPECT_EQ(evidence.modality, "");
  EXPECT_EQ(evidence.extractor, "clause");
}

TEST(AddTriples, MentionedEntitiesBecomeCountedNodesListedByKey) {
  const Document doc = HopeDocument();
  KnowledgeGraph graph;
  AddTriples(graph, doc, {HopeTriple(doc)}, "clause");

  ASSERT_EQ(graph.NodeCount(), 4u);  // Patrushev, progress, the U.S., Russia
  const NodeId us = graph.FindKey("united states").value();
  const NodeId russia = graph.FindKey("russia").value();
  EXPECT_LT(us, russia);  // nodes in the order mentioned
  EXPECT_EQ(graph.GetEntity(us).type, "Place");
  EXPECT_EQ(graph.GetEntity(us).mentions, 1u);
  EXPECT_EQ(graph.GetEntity(russia).mentions, 1u);
  EXPECT_TRUE(graph.InEdges(russia).empty() && graph.OutEdges(russia).empty());
  // Keys, sorted, whatever the order of the spans.
  EXPECT_EQ(graph.GetRelation(0).evidence.at(0).mentions,
            (std::vector<std::string>{"russia", "united states"}));
}

TEST(AddTriples, MentionsOfOneEntityAreListedOnceAndCountedEach) {
  const Document doc = HopeDocument();
  Triple triple = HopeTriple(doc);
  triple.mentioned = {Tokens(doc, 0, 10, 11), Tokens(doc, 0, 11, 11)};  // "the U.S.", "U.S."
  KnowledgeGraph graph;
  AddTriples(graph, doc, {triple}, "clause");
  EXPECT_EQ(graph.GetRelation(0).evidence.at(0).mentions,
            std::vector<std::string>{"united states"});
  EXPECT_EQ(graph.GetEntity(*graph.FindKey("united states")).mentions, 2u);
}

// 0: Patrushev said Russia may not sign the treaty .
// 1: Russia signed the treaty .
Document TreatyDocument() {
  return MakeDocument("treaty.txt", {{{"Patrushev", kPropn},
                                      {"said", kVerb},
                                      {"Russia", kPropn},
                                      {"may", Upos::kAux},
                                      {"not", Upos::kPart},
                                      {"sign", kVerb},
                                      {"the", kDet},
                                      {"treaty", kNoun, false},
                                      {".", kPunct}},
                                     {{"Russia", kPropn},
                                      {"signed", kVerb},
                                      {"the", kDet},
                                      {"treaty", kNoun, false},
                                      {".", kPunct}}});
}

Triple ReportedRefusal(const Document& doc) {
  Triple triple = MakeTriple(doc, 0, {2, 2}, {3, 5}, {6, 7}, "sign");
  triple.negated = true;
  triple.modality = "may";
  triple.attribution = Tokens(doc, 0, 0, 0);
  return triple;
}

TEST(AddTriples, NegatedFactIsAnEdgeOfItsOwnWithFlaggedEvidence) {
  const Document doc = TreatyDocument();
  KnowledgeGraph graph;
  AddTriples(graph, doc, {ReportedRefusal(doc), MakeTriple(doc, 1, {0, 0}, {1, 1}, {2, 3}, "sign")},
             "clause");
  ASSERT_EQ(graph.NodeCount(), 2u);
  ASSERT_EQ(graph.EdgeCount(), 2u);
  EXPECT_EQ(graph.Source(0), graph.Source(1));
  EXPECT_EQ(graph.Target(0), graph.Target(1));
  const Relation& refusal = graph.GetRelation(0);
  EXPECT_EQ(refusal.label, "not sign");
  EXPECT_TRUE(refusal.Negated());
  const Evidence& evidence = refusal.evidence.at(0);
  EXPECT_TRUE(evidence.negated);
  EXPECT_EQ(evidence.modality, "may");
  EXPECT_EQ(evidence.relation_text, "may not sign");
  EXPECT_EQ(evidence.attributed_to, "Patrushev");
  // The attribution is the reporting clause, not part of the fact.
  EXPECT_EQ(evidence.span, Tokens(doc, 0, 2, 7));
  EXPECT_EQ(graph.GetRelation(1).label, "sign");
  EXPECT_FALSE(graph.GetRelation(1).Negated());
  EXPECT_FALSE(graph.GetRelation(1).evidence.at(0).negated);
}

TEST(AddTriples, ReportedAndNarratedFactShareAnEdge) {
  const Document doc = TreatyDocument();
  Triple reported = MakeTriple(doc, 0, {2, 2}, {5, 5}, {6, 7}, "sign");
  reported.attribution = Tokens(doc, 0, 0, 0);
  reported.relation_text = "sign";
  KnowledgeGraph graph;
  AddTriples(graph, doc, {reported}, "clause");
  ASSERT_EQ(graph.EdgeCount(), 1u);
  EXPECT_EQ(graph.GetRelation(0).AttributedTo(), "Patrushev");
  AddTriples(graph, doc, {MakeTriple(doc, 1, {0, 0}, {1, 1}, {2, 3}, "sign")}, "clause");
  ASSERT_EQ(graph.EdgeCount(), 1u);
  const Relation& relation = graph.GetRelation(0);
  ASSERT_EQ(relation.evidence.size(), 2u);
  EXPECT_EQ(relation.evidence[0].attributed_to, "Patrushev");
  EXPECT_EQ(relation.evidence[1].attributed_to, "");
  EXPECT_EQ(relation.AttributedTo(), "");  // narrated too: not only a claim
  // The speaker of the reporting clause is no mention of its own here.
  EXPECT_EQ(graph.FindKey("patrushev"), std::nullopt);
}

TEST(AddTriples, ClausalAndMissingObjectsAddNothing) {
  const Document doc = TreatyDocument();
  Triple said = MakeTriple(doc, 0, {0, 0}, {1, 1}, {2, 7}, "say");
  said.clausal_object = true;
  said.mentioned = {Tokens(doc, 0, 2, 2)};
  Triple intransitive = MakeTriple(doc, 1, {0, 0}, {1, 1}, {0, 0}, "sign");
  intransitive.object = {};
  KnowledgeGraph graph;
  AddTriples(graph, doc, {said, intransitive}, "clause");
  EXPECT_EQ(graph.NodeCount(), 0u);
  EXPECT_EQ(graph.EdgeCount(), 0u);
}

TEST(AddTriples, RejectsNewSpansOutsideTheDocument) {
  const Document doc = HopeDocument();
  const auto past_the_end = static_cast<std::uint32_t>(doc.text.size() + 5);
  for (int which = 0; which < 4; ++which) {
    Triple triple = HopeTriple(doc);
    ByteSpan bad{past_the_end - 2, past_the_end};
    if (which == 0) triple.mentioned.push_back(bad);
    if (which == 1) triple.object_head = bad;
    if (which == 2) triple.attribution = bad;
    if (which == 3) triple.extra_arguments.push_back(bad);
    KnowledgeGraph graph;
    try {
      AddTriples(graph, doc, {triple}, "clause");
      ADD_FAILURE() << "no error for span " << which;
    } catch (const Error& error) {
      EXPECT_EQ(error.location().source, "hope.txt");
      EXPECT_EQ(error.location().offset, bad.begin);
    }
    EXPECT_EQ(graph.NodeCount(), 0u);
  }
}

// Types the mention at tokens [first, last] of a one-sentence document.
std::string TypeOf(const std::vector<Word>& words, std::size_t first, std::size_t last) {
  const Document doc = MakeDocument("t.txt", {words});
  return std::string(
      GuessEntityType(doc, doc.sentences[0], Tokens(doc, 0, first, last), AliasTable::BuiltIn()));
}

TEST(GuessEntityType, PlacesFromKnownCountriesAndAliases) {
  EXPECT_EQ(TypeOf({{"the", kDet}, {"U.S.", kPropn}}, 0, 1), "Place");
  EXPECT_EQ(TypeOf({{"Britain", kPropn}}, 0, 0), "Place");
  EXPECT_EQ(TypeOf({{"Ukraine", kPropn}, {"’s", Upos::kPart}}, 0, 1), "Place");
}

TEST(GuessEntityType, OrganizationsFromOrganizationWords) {
  EXPECT_EQ(TypeOf({{"the", kDet}, {"Security", kPropn}, {"Council", kPropn}}, 0, 2),
            "Organization");
  EXPECT_EQ(TypeOf({{"Islamic", kPropn}, {"State", kPropn}}, 0, 1), "Organization");
  EXPECT_EQ(TypeOf({{"ISIS", kPropn}}, 0, 0), "Organization");
  EXPECT_EQ(TypeOf({{"the", kDet}, {"FSB", kPropn}}, 0, 1), "Organization");
  EXPECT_EQ(TypeOf({{"the", kDet}, {"Kremlin", kPropn}}, 0, 1), "Organization");
}

TEST(GuessEntityType, PersonsFromTitlesAndProperNames) {
  EXPECT_EQ(TypeOf({{"President", kPropn}, {"Putin", kPropn}}, 1, 1), "Person");
  EXPECT_EQ(TypeOf({{"Mr", kPropn, false}, {".", kPunct}, {"Lavrov", kPropn}}, 2, 2), "Person");
  EXPECT_EQ(TypeOf({{"Kremlin", kPropn}, {"spokesman", kNoun}, {"Peskov", kPropn}}, 2, 2),
            "Person");
  EXPECT_EQ(TypeOf({{"President", kPropn}, {"Vladimir", kPropn}, {"Putin", kPropn}}, 0, 2),
            "Person");
  EXPECT_EQ(TypeOf({{"Nikolai", kPropn}, {"Patrushev", kPropn, false}, {"’s", Upos::kPart}}, 0, 2),
            "Person");
}

TEST(GuessEntityType, EverythingElseIsAThing) {
  EXPECT_EQ(TypeOf({{"Putin", kPropn}}, 0, 0), "Thing");
  EXPECT_EQ(TypeOf({{"the", kDet}, {"new", Upos::kAdj}, {"agreement", kNoun}}, 0, 2), "Thing");
  EXPECT_EQ(TypeOf({{"the", kDet}, {"president", kNoun}}, 0, 1), "Thing");
  // Organization words in an uncapitalized phrase name no organization.
  EXPECT_EQ(TypeOf({{"relations", kNoun}, {"between", Upos::kAdp}, {"nations", kNoun}}, 0, 2),
            "Thing");
}

TEST(SplitTitle, ThePersonAndTheRoleOfATitledMention) {
  const Document doc = MakeDocument("t.txt", {{{"the", kDet},
                                               {"Secretary", kPropn},
                                               {"of", Upos::kAdp},
                                               {"the", kDet},
                                               {"Security", kPropn},
                                               {"Council", kPropn},
                                               {"Nikolai", kPropn},
                                               {"Patrushev", kPropn}}});
  const TitledName split = SplitTitle(doc, doc.sentences[0], Tokens(doc, 0, 0, 7));
  EXPECT_EQ(NormalizedText(doc, split.name), "Nikolai Patrushev");
  EXPECT_EQ(NormalizedText(doc, split.role), "Secretary of the Security Council");
  // Without a title the mention stays whole: "Security Council" is the name, with no role.
  const ByteSpan council = Tokens(doc, 0, 4, 5);
  EXPECT_EQ(SplitTitle(doc, doc.sentences[0], council).name, council);
  EXPECT_TRUE(SplitTitle(doc, doc.sentences[0], council).role.empty());
}

TEST(SplitTitle, APlaceBeforeTheNameBelongsToTheRole) {
  const Document doc = MakeDocument("t.txt", {{{"the", kDet},
                                               {"President", kPropn},
                                               {"of", Upos::kAdp},
                                               {"Russia", kPropn},
                                               {"Vladimir", kPropn},
                                               {"Putin", kPropn}}});
  const TitledName split = SplitTitle(doc, doc.sentences[0], Tokens(doc, 0, 0, 5));
  EXPECT_EQ(NormalizedText(doc, split.name), "Vladimir Putin");
  EXPECT_EQ(NormalizedText(doc, split.role), "President of Russia");
}

TEST(SplitTitle, AGazetteerNameIsNoTitledPerson) {
  const Document doc =
      MakeDocument("t.txt", {{{"Prince", kPropn}, {"Edward", kPropn}, {"Island", kPropn}}});
  const ByteSpan all = Tokens(doc, 0, 0, 2);
  EXPECT_EQ(SplitTitle(doc, doc.sentences[0], all).name, all);
}

// 0: Kremlin spokesman Dmitry Peskov criticized the Russian media .
Document PeskovDocument() {
  return MakeDocument("peskov.txt", {{{"Kremlin", kPropn},
                                      {"spokesman", kNoun},
                                      {"Dmitry", kPropn},
                                      {"Peskov", kPropn},
                                      {"criticized", kVerb},
                                      {"the", kDet},
                                      {"Russian", Upos::kAdj},
                                      {"media", kNoun, false},
                                      {".", kPunct}}});
}

TEST(AddTriples, TitlesAreNoPartOfTheNameAndEntitiesKeepTheirDocuments) {
  const Document doc = PeskovDocument();
  KnowledgeGraph graph;
  AddTriples(graph, doc, {MakeTriple(doc, 0, {0, 3}, {4, 4}, {5, 7}, "criticize", 0.7)}, "clause");
  const Entity& peskov = graph.GetEntity(graph.Source(0));
  EXPECT_EQ(peskov.name, "Dmitry Peskov");
  EXPECT_EQ(peskov.type, "Person");
  EXPECT_TRUE(peskov.roles.empty());  // roles come from AddRoles (roles.h)
  EXPECT_EQ(peskov.documents, (std::map<std::string, std::uint32_t>{{"peskov.txt", 1}}));
}

TEST(AddTriples, DemonymsLinkToTheirPlaceWithoutMergingIntoIt) {
  const Document doc = PeskovDocument();
  KnowledgeGraph graph;
  AddTriples(graph, doc, {MakeTriple(doc, 0, {0, 3}, {4, 4}, {5, 7}, "criticize", 0.7)}, "clause");
  ASSERT_EQ(graph.NodeCount(), 3u);
  ASSERT_EQ(graph.EdgeCount(), 2u);
  const Entity& media = graph.GetEntity(graph.Target(0));
  EXPECT_EQ(media.name, "the Russian media");
  const Relation& link = graph.GetRelation(1);
  EXPECT_EQ(link.label, kDemonymRelation);
  EXPECT_EQ(graph.Source(1), graph.Target(0));
  const Entity& russia = graph.GetEntity(graph.Target(1));
  EXPECT_EQ(russia.key, "russia");
  EXPECT_EQ(russia.name, "Russia");
  EXPECT_EQ(russia.type, "Place");
  EXPECT_EQ(russia.mentions, 0u);  // never named in the text
  ASSERT_EQ(link.evidence.size(), 1u);
  EXPECT_EQ(link.evidence[0].extractor, "demonym");
  EXPECT_EQ(doc.Text(link.evidence[0].span), "Russian");
  EXPECT_EQ(link.evidence[0].relation_text, "Russian");
}

}  // namespace
}  // namespace kgraph
