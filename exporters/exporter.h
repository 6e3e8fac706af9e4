// The exporter stage: a knowledge graph out to a byte stream in one serialization format.
#pragma once

#include <memory>
#include <ostream>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace kgraph {

class Exporter {
 public:
  virtual ~Exporter() = default;
  // Writes the whole graph. Deterministic: the same graph always gives the same bytes. Throws
  // kgraph::Error when the underlying library fails.
  virtual void Write(const KnowledgeGraph& graph, std::ostream& out) const = 0;
};

// "dot", "graphml" or "jsonld". Throws kgraph::Error for any other name.
std::unique_ptr<Exporter> NewExporter(std::string_view format);

}  // namespace kgraph
