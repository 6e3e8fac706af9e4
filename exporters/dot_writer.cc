#include "exporters/dot_writer.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/error.h"
#include "exporters/cgraph_builder.h"

namespace kgraph {
namespace {

// agwrite writes to a FILE*; an open_memstream keeps the document in memory until it is whole.
std::string AgraphToString(Agraph_t* graph) {
  char* data = nullptr;
  std::size_t size = 0;
  FILE* stream = open_memstream(&data, &size);
  if (stream == nullptr) throw Error("cannot open a memory stream for the DOT output");
  int written = agwrite(graph, stream);
  int closed = std::fclose(stream);
  std::string text = data != nullptr ? std::string(data, size) : std::string();
  std::free(data);
  if (written != 0 || closed != 0) throw Error("Graphviz could not write the DOT document");
  return text;
}

class DotExporter : public Exporter {
 public:
  void Write(const KnowledgeGraph& graph, std::ostream& out) const override {
    WriteDot(graph, out);
  }
};

}  // namespace

void WriteDot(const KnowledgeGraph& graph, std::ostream& out) {
  AgraphPtr agraph = BuildAgraph(graph);
  std::string text = AgraphToString(agraph.get());
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

std::unique_ptr<Exporter> NewDotExporter() { return std::make_unique<DotExporter>(); }

}  // namespace kgraph
