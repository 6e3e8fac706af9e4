// Reads back the JSON-LD that WriteJsonLd (exporters/jsonld_writer.h) writes, so a saved graph can
// be loaded, queried and exported again without re-reading the news text.
//
// Only kgraph's own output shape is understood (the entity nodes and rdf:Statement nodes of one
// @graph, with the keys the writer uses); the direct kgr:<label> triples and the combined
// confidences are derived data and are ignored. This is not a general JSON-LD processor.
#pragma once

#include <istream>
#include <string>

#include "graph/knowledge_graph.h"

namespace kgraph {

// Restores the graph: entities in document order (NodeId = position), then relations in
// document order (EdgeId = position), so ReadJsonLd(WriteJsonLd(g)) == g. `source` names the
// input in errors. Throws kgraph::Error with the byte offset (and line) of malformed JSON, and
// with the @graph position and field for a missing or mistyped field or a reference to an
// entity @id the document does not define (as subject, object or mentioned). Evidence fields
// newer than the first format (subjectText ... mentioned) are optional.
KnowledgeGraph ReadJsonLd(std::istream& in, const std::string& source);

}  // namespace kgraph
