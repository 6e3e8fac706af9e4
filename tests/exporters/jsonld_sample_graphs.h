// Graphs for the JSON-LD tests: the Patrushev fact of the TASS samples, and a graph full of
// content that breaks naive writers (quotes, control characters, NUL, non-ASCII, empty and
// unknown types, parallel edges, a self-loop, slug collisions, extreme numbers).
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <utility>

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
  return Evidence{std::move(document), sentence, span, std::move(text), confidence, "pattern"};
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

}  // namespace kgraph::testing
