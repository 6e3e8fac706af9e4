// From extractor output to graph facts: the bridge between extractors/ and graph/.
#pragma once

#include <string_view>
#include <vector>

#include "core/text/document.h"
#include "extractors/triple.h"
#include "graph/knowledge_graph.h"

namespace kgraph {

// Adds each triple of `doc` as a fact: its subject and object become entity mentions (typed by a
// simple heuristic: alias table, titles such as "President", organization words), its relation
// lemma the edge label, and the sentence its evidence. Triples whose subject or object has no
// nameable content ("it", "they") are skipped. `extractor` is recorded in the evidence.
void AddTriples(KnowledgeGraph& graph, const Document& doc, const std::vector<Triple>& triples,
                std::string_view extractor);

}  // namespace kgraph
