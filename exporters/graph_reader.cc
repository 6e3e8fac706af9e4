#include "exporters/graph_reader.h"

#include "core/error.h"
#include "exporters/graphml_reader.h"
#include "exporters/jsonld_reader.h"

namespace kgraph {

KnowledgeGraph ReadGraph(std::istream& in, std::string_view format, const std::string& source) {
  if (format == "graphml") return ReadGraphMl(in, source);
  if (format == "jsonld") return ReadJsonLd(in, source);
  throw Error("unknown graph format \"" + std::string(format) + "\" (expected graphml or jsonld)",
              {source, {}, {}});
}

}  // namespace kgraph
