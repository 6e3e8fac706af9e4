// Reading a saved graph back: the inverse of the GraphML and JSON-LD exporters.
#pragma once

#include <istream>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace kgraph {

// Reads a graph written by kgraph's own "graphml" or "jsonld" exporter. `source` names the input
// in error messages. Throws kgraph::Error (with line or byte offset where known) on malformed
// input or an unknown format.
KnowledgeGraph ReadGraph(std::istream& in, std::string_view format, const std::string& source);

}  // namespace kgraph
