// DOT export of a KnowledgeGraph, for Graphviz and the many tools that read its language.
//
// The graph is built with Graphviz's own cgraph library (exporters/cgraph_builder.h) and written
// by agwrite, so quoting is Graphviz's: nodes n0, n1... labelled with display names and shaped by
// type, edges labelled with relation labels, parallel edges kept. The same graph gives the same
// bytes; `dot -Tsvg` draws the file as RenderDiagram (exporters/renderer.h) does.
#pragma once

#include <memory>
#include <ostream>

#include "exporters/exporter.h"
#include "graph/knowledge_graph.h"

namespace kgraph {

// Writes `graph` as a DOT digraph. Throws kgraph::Error when Graphviz fails; nothing reaches
// `out` then.
void WriteDot(const KnowledgeGraph& graph, std::ostream& out);

// The "dot" format for the exporter factory; Write() is WriteDot().
std::unique_ptr<Exporter> NewDotExporter();

}  // namespace kgraph
