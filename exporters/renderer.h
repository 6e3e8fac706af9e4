// Diagrams: the graph laid out by Graphviz (gvc, in-process) and rendered to an image file.
#pragma once

#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace kgraph {

// Renders `graph` with the dot layout to `path` in `format` ("svg" or "png"). Writes a temporary
// file beside `path` and renames it, so `path` is never left half-written. Throws kgraph::Error.
void RenderDiagram(const KnowledgeGraph& graph, const std::string& path, std::string_view format);

}  // namespace kgraph
