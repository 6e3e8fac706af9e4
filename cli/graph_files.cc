#include "cli/graph_files.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "cli/output_file.h"
#include "core/error.h"
#include "exporters/exporter.h"
#include "exporters/graph_reader.h"
#include "exporters/renderer.h"

namespace kgraph::cli {

std::string FormatOfPath(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  if (extension == ".jsonld" || extension == ".json") return "jsonld";
  if (extension == ".graphml" || extension == ".xml") return "graphml";
  if (extension == ".dot" || extension == ".gv") return "dot";
  if (extension == ".svg") return "svg";
  if (extension == ".png") return "png";
  throw Error("unknown graph file extension '" + extension +
                  "' (use .jsonld, .graphml, .dot, .svg or .png)",
              {path, {}, {}});
}

void ExportGraph(const KnowledgeGraph& graph, const std::string& format, const std::string& path) {
  std::unique_ptr<Exporter> exporter = NewExporter(format);
  WriteOutput(path, [&](std::ostream& out) { exporter->Write(graph, out); });
}

void SaveGraph(const KnowledgeGraph& graph, const std::string& path) {
  std::string format = FormatOfPath(path);
  if (format == "svg" || format == "png") {
    RenderDiagram(graph, path, format);
  } else {
    ExportGraph(graph, format, path);
  }
}

KnowledgeGraph LoadGraph(const std::string& path, const std::string& format) {
  if (path == "-") {
    // A pipe has no extension: GraphML starts with '<', JSON-LD with '{' or '['.
    std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    std::size_t first = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    std::string sniffed = first != std::string::npos && bytes[first] == '<' ? "graphml" : "jsonld";
    std::istringstream in(std::move(bytes));
    return ReadGraph(in, format.empty() ? sniffed : format, "<stdin>");
  }
  std::string chosen = format.empty() ? FormatOfPath(path) : format;
  if (chosen != "jsonld" && chosen != "graphml") {
    throw Error("cannot read a graph from a ." + chosen + " file (use .jsonld or .graphml)",
                {path, {}, {}});
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw Error("is a directory", {path, {}, {}});
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(std::string("cannot open: ") + std::strerror(errno), {path, {}, {}});
  return ReadGraph(in, chosen, path);
}

}  // namespace kgraph::cli
