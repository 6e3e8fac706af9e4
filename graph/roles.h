// Titles and roles written with a person's name (issue #5, item 2): "Kremlin spokesman Dmitry
// Peskov" is Dmitry Peskov with the role "Kremlin spokesman". The node keeps the person's name;
// the roles are an attribute of it (Entity::roles), counted over every mention, whether or not
// the mention is an argument of a fact ("…, Kremlin spokesman Dmitry Peskov said").
#pragma once

#include <vector>

#include "core/text/document.h"
#include "graph/knowledge_graph.h"

namespace kgraph {

// A role found with a person's name: the bytes of the name and of the role.
struct PersonRole {
  ByteSpan name;
  ByteSpan role;
};

// The roles written with the PERSON mentions of `sentence` (Sentence::entities), read off its
// dependency tree:
// - inside the recognized mention or before it, in the name's noun phrase: "Kremlin spokesman
//   Dmitry Peskov", "the President of Russia Vladimir Putin", "the head of Russia's Security
//   Council, Nikolai Patrushev" (the name is split off as SplitTitle does);
// - in an apposition after it: "Dmitry Peskov, the Kremlin spokesman,".
// A role contains a title of the gazetteer ("spokesman", "president", "secretary"); leading
// determiners and edge punctuation are left out.
std::vector<PersonRole> FindRoles(const Document& doc, const Sentence& sentence);

// Records every role of `doc` on the node of the person it names (the node of the name's key, or
// of its last word when that is a person); when the graph has neither yet, on the node of the
// name's key once one is made (KnowledgeGraph::AddRoleOfKey).
void AddRoles(KnowledgeGraph& graph, const Document& doc);

}  // namespace kgraph
