// Entity resolution after the graph is built: merges nodes that name the same entity but got
// different keys while facts were added one by one.
//
// This first resolver merges a bare surname or given-name-less mention into the one person whose
// full name ends with it ("Patrushev" -> "Nikolai Patrushev") when that full name is unique in the
// graph. Issue #5 replaces it with a real resolver behind the same signature.
#pragma once

#include "graph/knowledge_graph.h"

namespace kgraph {

// A new graph in which merged nodes are one node: surface forms and mentions summed, their facts
// re-attached (identical facts become one edge with all evidence), and the entity keys that
// evidence lists as mentioned rewritten to the keys of the merged nodes. Deterministic.
KnowledgeGraph ResolveEntities(const KnowledgeGraph& graph);
// The same, moving the evidence out of `graph` instead of copying it: peak memory stays at one
// copy of the evidence. `graph` is left with its nodes and edges but no evidence.
KnowledgeGraph ResolveEntities(KnowledgeGraph&& graph);

}  // namespace kgraph
