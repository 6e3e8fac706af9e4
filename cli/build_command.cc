// kgraph build INPUT... -o GRAPH: the main job, text files to a saved knowledge graph.
#include <iostream>

#include "cli/commands.h"
#include "cli/graph_files.h"
#include "cli/input_files.h"
#include "cli/pipeline_options.h"
#include "core/error.h"
#include "graph/entity_resolution.h"

namespace kgraph::cli {
namespace {

struct BuildOptions {
  std::vector<std::string> inputs;
  std::vector<std::string> outputs;
  std::string aliases;  // extra alias file, added to (or overriding) the built-in table
  PipelineOptions pipeline;
};

bool IsBlank(const std::string& text) {
  return text.find_first_not_of(" \t\r\n\f\v") == std::string::npos;
}

int RunBuild(const BuildOptions& options, bool quiet) {
  for (const std::string& output : options.outputs) FormatOfPath(output);  // fail before work
  std::vector<std::string> files = ExpandInputs(options.inputs);
  KnowledgeGraph graph;
  if (!options.aliases.empty()) graph.AddAliases(AliasTable::ReadFile(options.aliases));
  Pipeline pipeline(options.pipeline);
  int exit_code = 0;
  std::size_t documents = 0, triples = 0;
  for (const std::string& file : files) {
    try {
      Document doc = ReadInput(file);
      if (IsBlank(doc.text)) {
        if (!quiet) std::cerr << "kgraph: warning: " << file << ": no text, skipped\n";
        continue;
      }
      triples += pipeline.AddToGraph(doc, graph);
      ++documents;
    } catch (const Error& e) {
      std::cerr << "kgraph: error: " << e.what() << "\n";
      exit_code = 1;
    }
  }
  if (documents == 0 && exit_code != 0) return exit_code;  // nothing readable: write nothing
  graph = ResolveEntities(std::move(graph));
  for (const std::string& output : options.outputs) SaveGraph(graph, output);
  if (!quiet) {
    auto count = [](std::size_t n, const char* one, const char* many) {
      return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    std::cerr << "kgraph: " << count(documents, "document", "documents") << ", "
              << count(triples, "triple", "triples") << " -> "
              << count(graph.NodeCount(), "entity", "entities") << ", "
              << count(graph.EdgeCount(), "fact", "facts") << "\n";
  }
  return exit_code;
}

}  // namespace

void AddBuildCommand(CLI::App& app, CommandStatus& status) {
  auto options = std::make_shared<BuildOptions>();
  CLI::App* command = app.add_subcommand(
      "build", "Build a knowledge graph from text files, directories (*.txt) or - (stdin)");
  command->add_option("inputs", options->inputs, "Text files, directories or - (default: stdin)");
  command
      ->add_option("-o,--output", options->outputs,
                   "Output file, format by extension: .jsonld .graphml .dot .svg .png "
                   "(repeatable)")
      ->required();
  AddPipelineOptions(*command, options->pipeline);
  AddAliasesOption(*command, options->aliases);
  command->callback([options, &status] { status.exit_code = RunBuild(*options, status.quiet); });
}

}  // namespace kgraph::cli
