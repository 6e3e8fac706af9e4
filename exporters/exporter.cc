#include "exporters/exporter.h"

#include <string>

#include "core/error.h"
#include "exporters/dot_writer.h"
#include "exporters/graphml_writer.h"
#include "exporters/jsonld_writer.h"

namespace kgraph {

std::unique_ptr<Exporter> NewExporter(std::string_view format) {
  if (format == "dot") return NewDotExporter();
  if (format == "graphml") return NewGraphMlExporter();
  if (format == "jsonld") return NewJsonLdExporter();
  throw Error("unknown export format \"" + std::string(format) +
              "\" (expected one of: dot, graphml, jsonld)");
}

}  // namespace kgraph
