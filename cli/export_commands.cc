// kgraph export GRAPH --format F and kgraph render GRAPH -o diagram.svg: a saved graph written
// again in another format, or drawn with Graphviz.
#include "cli/commands.h"
#include "cli/graph_files.h"
#include "core/error.h"

namespace kgraph::cli {
namespace {

struct ExportOptions {
  std::string graph;
  std::string format;
  std::string output = "-";
};

struct RenderOptions {
  std::string graph;
  std::string output;
};

}  // namespace

void AddExportCommand(CLI::App& app, CommandStatus& status) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* command =
      app.add_subcommand("export", "Write a saved graph (.jsonld or .graphml) in another format");
  command->add_option("graph", options->graph, "Graph file (.jsonld, .graphml) or -")->required();
  command->add_option("-f,--format", options->format, "dot, graphml or jsonld")
      ->required()
      ->check(CLI::IsMember({"dot", "graphml", "jsonld"}));
  command->add_option("-o,--output", options->output, "Output file (default: stdout)");
  command->callback([options, &status] {
    ExportGraph(LoadGraph(options->graph), options->format, options->output);
    status.exit_code = 0;
  });
}

void AddRenderCommand(CLI::App& app, CommandStatus& status) {
  auto options = std::make_shared<RenderOptions>();
  CLI::App* command =
      app.add_subcommand("render", "Draw a saved graph as an SVG or PNG diagram (Graphviz dot)");
  command->add_option("graph", options->graph, "Graph file (.jsonld, .graphml) or -")->required();
  command->add_option("-o,--output", options->output, "diagram.svg or diagram.png")->required();
  command->callback([options, &status] {
    std::string format = FormatOfPath(options->output);
    if (format != "svg" && format != "png") {
      throw Error("render writes .svg or .png", {options->output, {}, {}});
    }
    SaveGraph(LoadGraph(options->graph), options->output);
    status.exit_code = 0;
  });
}

}  // namespace kgraph::cli
