// The Graphviz (cgraph) form of a knowledge graph, shared by the DOT writer and the diagram
// renderer so that a .dot file and a rendered image always show the same drawing. Internal to
// exporters/: nothing outside this folder sees Graphviz types.
#pragma once

#include <graphviz/cgraph.h>

#include <memory>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace kgraph {

struct AgraphCloser {
  void operator()(Agraph_t* graph) const { agclose(graph); }
};
using AgraphPtr = std::unique_ptr<Agraph_t, AgraphCloser>;

// A directed, non-strict cgraph graph "kgraph" (rankdir=LR): node n<id> per entity, labelled
// with its display name and shaped by type (Person ellipse, Organization box, Place hexagon,
// anything else note); edge e<id> per relation (parallel edges kept), labelled with the relation
// label (a negated fact's label reads "not ...", see NegatedLabel, and its edge is dashed; a fact
// that is only reported gets "(attributed to X)" under its label); tooltips give the key, type
// and mentions of a node and the first evidence sentence of an edge, after "attributed to X: "
// for a reported fact. Nodes and edges are created in id order, so agwrite output is deterministic.
// Throws kgraph::Error when cgraph fails.
AgraphPtr BuildAgraph(const KnowledgeGraph& graph);

// `text` as a Graphviz escString that displays as `text`: backslashes doubled (so "\N" or "C:\x"
// are not taken for escapes), '&' as "&amp;" (Graphviz decodes entities like "&lt;"), line breaks
// as "\n", tabs as spaces, and control characters, invalid UTF-8 and non-characters as U+FFFD (they
// would make SVG output invalid XML). Quotes are left alone: cgraph escapes them when it writes
// DOT.
std::string GraphvizLabel(std::string_view text);

}  // namespace kgraph
