// Reads back the GraphML that WriteGraphMl (exporters/graphml_writer.h) writes, so a saved graph
// can be loaded, queried and exported again.
//
// Parsing is libxml2's, with the network off and no entity expansion; a document with a DTD is
// refused. Attributes are found through the <key> declarations by attr.name, so the key ids may
// differ (as after networkx rewrites the file). The derived values (labels, label, confidence,
// evidence_count, sentence) are ignored; data under unknown keys is skipped.
#pragma once

#include <istream>
#include <string>

#include "graph/knowledge_graph.h"

namespace kgraph {

// Restores the graph: nodes in document order (NodeId = position), then edges in document order
// (EdgeId = position), so ReadGraphMl(WriteGraphMl(g)) == g. `source` names the input in errors.
// Throws kgraph::Error with the line of the fault for malformed XML, a wrong root or namespace, an
// undirected graph, a missing key declaration or field, a duplicate or unknown node id, a number
// out of range, malformed surface-form or evidence JSON, or evidence that mentions a key no node
// has. Evidence fields newer than the first format (subject_text ... mentions) are optional.
KnowledgeGraph ReadGraphMl(std::istream& in, const std::string& source);

}  // namespace kgraph
