// Graphs for the JSON-LD tests: the Patrushev fact of the TASS samples, and a graph full of
// content that breaks naive writers (quotes, control characters, NUL, non-ASCII, empty and
// unknown types, parallel edges, a self-loop, slug collisions, extreme numbers).
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kgraph::testing {

inline Entity MakeEntity(std::string key, std::string name, std::string type,
                         std::map<std::string, std::uint32_t> forms) {
  Entity entity;
  entity.key = std::move(key);
  entity.name = std::move(name);
  entity.type = std::move(type);
  entity.surface_forms = std::move(forms);
  for (const auto& [form, count] : entity.surface_forms) entity.mentions += count;
  return entity;
}

inline Evidence MakeEvidence(std::string document, std::uint32_t sentence, ByteSpan span,
                             std::string text, double confidence) {
  Evidence evidence;
  evidence.document = std::move(document);
  evidence.sentence = sentence;
  evidence.span = span;
  evidence.sentence_text = std::move(text);
  evidence.confidence = confidence;
  evidence.extractor = "pattern";
  return evidence;
}

// Evidence as the clause extractor gives it: the phrases as read, and how the fact was stated.
// Every member has an initializer, so designated initializers may leave any of them out.
struct Reading {
  std::string subject = "";
  std::string relation = "";
  std::string object = "";
  std::vector<std::string> extra_arguments = {};
  std::string attributed_to = "";
  bool negated = false;
  std::string modality = "";
  std::vector<std::string> mentions = {};
};

inline Evidence MakeClauseEvidence(std::uint32_t sentence, ByteSpan span, std::string text,
                                   Reading reading) {
  Evidence evidence = MakeEvidence("tass-2.txt", sentence, span, std::move(text), 0.7);
  evidence.extractor = "clause";
  evidence.subject_text = std::move(reading.subject);
  evidence.relation_text = std::move(reading.relation);
  evidence.object_text = std::move(reading.object);
  evidence.extra_arguments = std::move(reading.extra_arguments);
  evidence.attributed_to = std::move(reading.attributed_to);
  evidence.negated = reading.negated;
  evidence.modality = std::move(reading.modality);
  evidence.mentions = std::move(reading.mentions);
  return evidence;
}

inline constexpr char kPatrushevSentence[] =
    "Nikolai Patrushev said he hoped for progress in cooperation with Russia's partners.";

// Nikolai Patrushev -hope for-> progress in cooperation, with one piece of evidence.
inline KnowledgeGraph PatrushevGraph() {
  KnowledgeGraph graph;
  NodeId patrushev = graph.AddEntity(MakeEntity("nikolai patrushev", "Nikolai Patrushev", "Person",
                                                {{"Nikolai Patrushev", 2}, {"Patrushev", 1}}));
  NodeId progress = graph.AddEntity(MakeEntity("progress in cooperation", "progress in cooperation",
                                               "Thing", {{"progress in cooperation", 1}}));
  NodeId russia = graph.AddEntity(MakeEntity("russia", "Russia", "Place", {{"Russia", 1}}));
  Relation hope{"hope for", {MakeEvidence("tass-1.txt", 4, {120, 190}, kPatrushevSentence, 0.8)}};
  graph.AddRelation(patrushev, progress, std::move(hope));
  Relation partner{"cooperate with",
                   {MakeEvidence("tass-1.txt", 4, {150, 200}, kPatrushevSentence, 0.4)}};
  graph.AddRelation(progress, russia, std::move(partner));
  return graph;
}

// Every kind of content the JSON-LD writer must escape, slug or keep exactly.
inline KnowledgeGraph NastyGraph() {
  KnowledgeGraph graph;
  NodeId quoted =
      graph.AddEntity(MakeEntity("say \"hi\" c:\\path", "Say \"hi\" C:\\path", "Organization",
                                 {{"Say \"hi\" C:\\path", 3},
                                  {std::string("nul\0inside", 10), 1},
                                  {"tab\there\nnewline\x01\x1f", 2}}));
  NodeId moscow = graph.AddEntity(
      MakeEntity("москва", "Москва", "Place", {{"Москва", 1}, {"Moscou 🚀 café", 1}}));
  NodeId untyped = graph.AddEntity(MakeEntity("a b", "A B", "", {}));
  NodeId collide = graph.AddEntity(MakeEntity("a-b", "a-b", "Weird \"type\"", {{"a-b", 1}}));
  NodeId collide2 = graph.AddEntity(MakeEntity("a-b-2", "a-b-2", "Thing", {{"a-b-2", 1}}));
  NodeId punct = graph.AddEntity(MakeEntity("!!!", "!!!", "Thing", {{"!!!", 1}}));
  Evidence first = MakeEvidence("doc \"1\".txt", 0, {0, 5}, "Line\r\nbreak\u2028sep", 0.1 + 0.2);
  first.subject_text = "say \"hi\"\r\n\x01";
  first.relation_text = "говорить";
  first.extra_arguments = {"", "a\tb", ""};
  first.attributed_to = "\u2028";
  first.negated = true;
  first.modality = "may\\";
  first.mentions = {"say \"hi\" c:\\path", "москва"};
  Evidence second = MakeEvidence("doc-2", std::numeric_limits<std::uint32_t>::max(),
                                 {4000000000u, 4294967295u}, "", 1.0);
  Evidence tiny = MakeEvidence("doc-3", 7, {1, 2}, "tiny", 5e-324);
  graph.AddRelation(quoted, moscow, Relation{"hope for", {first, second, tiny}});
  graph.AddRelation(quoted, moscow, Relation{"hope-for", {second}});
  graph.AddRelation(quoted, moscow, Relation{"hope for", {tiny}});
  graph.AddRelation(moscow, moscow, Relation{"говорить \"о\"", {first}});
  graph.AddRelation(untyped, collide, Relation{"", {}});
  graph.AddRelation(collide2, punct, Relation{"x\\y", {MakeEvidence("d", 1, {2, 3}, "t", 0.0)}});
  return graph;
}

inline constexpr char kHopeSentence[] =
    "Secretary of the Russian Security Council Nikolai Patrushev hopes for progress in "
    "cooperation between Russia and the U.S. in fighting terrorism in 2017.";
inline constexpr char kTreatySentence[] =
    "Patrushev said that Russia may not sign the treaty, which Russia signed with the U.S.";

// Facts as the clause extractor reads them: nodes named by argument heads, with the phrases,
// n-ary arguments, mentioned entities, a negated and a positive fact between the same entities,
// modality, and facts reported by one or two sources.
inline KnowledgeGraph ClauseGraph() {
  KnowledgeGraph graph;
  Entity patrushev_entity =
      MakeEntity("nikolai patrushev", "Nikolai Patrushev", "Person", {{"Nikolai Patrushev", 1}});
  patrushev_entity.roles = {{"Secretary of the Russian Security Council", 1}};
  patrushev_entity.documents = {{"tass-2.txt", 1}};
  NodeId patrushev = graph.AddEntity(std::move(patrushev_entity));
  NodeId progress = graph.AddEntity(MakeEntity("progress", "progress", "Thing", {{"progress", 2}}));
  Entity russia_entity = MakeEntity("russia", "Russia", "Place", {{"Russia", 4}});
  russia_entity.documents = {{"tass-2.txt", 3}, {"tass-3.txt", 1}};
  NodeId russia = graph.AddEntity(std::move(russia_entity));
  NodeId us = graph.AddEntity(MakeEntity("united states", "the U.S.", "Place", {{"the U.S.", 3}}));
  NodeId treaty = graph.AddEntity(MakeEntity("treaty", "the treaty", "Thing", {{"the treaty", 2}}));
  const Reading hope{.subject = "Secretary of the Russian Security Council Nikolai Patrushev",
                     .relation = "hopes for",
                     .object = "progress in cooperation between Russia and the U.S.",
                     .extra_arguments = {"in fighting terrorism", "in 2017"},
                     .mentions = {"russia", "united states"}};
  graph.AddRelation(patrushev, progress,
                    Relation{"hope for", {MakeClauseEvidence(0, {42, 156}, kHopeSentence, hope)}});
  const Reading not_sign{.subject = "Russia",
                         .relation = "may not sign",
                         .object = "the treaty",
                         .attributed_to = "Patrushev",
                         .negated = true,
                         .modality = "may"};
  graph.AddRelation(
      russia, treaty,
      Relation{NegatedLabel("sign"), {MakeClauseEvidence(1, {20, 54}, kTreatySentence, not_sign)}});
  const Reading sign{.subject = "Russia",
                     .relation = "signed",
                     .object = "the treaty",
                     .extra_arguments = {"with the U.S."},
                     .mentions = {"united states"}};
  graph.AddRelation(russia, treaty,
                    Relation{"sign", {MakeClauseEvidence(1, {56, 84}, kTreatySentence, sign)}});
  Reading support{.subject = "the U.S.", .relation = "supports", .object = "progress"};
  support.attributed_to = "Patrushev";
  Evidence by_patrushev =
      MakeClauseEvidence(2, {0, 20}, "Patrushev said the U.S. supports progress.", support);
  support.attributed_to = "Peskov";
  Evidence by_peskov =
      MakeClauseEvidence(3, {0, 20}, "Peskov said the U.S. supports progress.", support);
  graph.AddRelation(us, progress, Relation{"support", {by_patrushev, by_peskov}});
  return graph;
}

}  // namespace kgraph::testing
