// Saving and reopening graphs by file name: the extension picks the format.
//   .jsonld .json -> JSON-LD   .graphml .xml -> GraphML   (both can be reopened)
//   .dot .gv -> DOT            .svg .png -> a rendered diagram (write only)
#pragma once

#include <string>

#include "graph/knowledge_graph.h"

namespace kgraph::cli {

// "jsonld", "graphml", "dot", "svg" or "png" for `path`; throws kgraph::Error for an extension
// kgraph does not write.
std::string FormatOfPath(const std::string& path);

// Writes `graph` to `path` in the format its extension names, atomically (temp file + rename).
void SaveGraph(const KnowledgeGraph& graph, const std::string& path);

// Writes `graph` in `format` ("dot", "graphml", "jsonld") to `path` ("-" = stdout), atomically.
void ExportGraph(const KnowledgeGraph& graph, const std::string& format, const std::string& path);

// Reads a graph saved as JSON-LD or GraphML ("-" = stdin, read as JSON-LD unless `format` says
// otherwise). Throws kgraph::Error naming the file and what is wrong.
KnowledgeGraph LoadGraph(const std::string& path, const std::string& format = "");

}  // namespace kgraph::cli
