// kgraph: build knowledge graphs from news text, export and query them.
//
// Exit codes: 0 success, 1 runtime or data error (one line on stderr per problem), 2 usage error.
#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/run_app.h"

int main(int argc, char** argv) {
  CLI::App app(
      "kgraph: turns news text into a knowledge graph of subject-relation-object facts,\n"
      "exports it as DOT, GraphML or JSON-LD, and answers queries over it.",
      "kgraph");
  kgraph::cli::CommandStatus status;
  kgraph::cli::SetUpRootApp(app, status);
  kgraph::cli::AddBuildCommand(app, status);
  kgraph::cli::AddExtractCommand(app, status);
  kgraph::cli::AddParseCommand(app, status);
  kgraph::cli::AddExportCommand(app, status);
  kgraph::cli::AddRenderCommand(app, status);
  kgraph::cli::AddQueryCommands(app, status);
  kgraph::cli::AddEvalCommand(app, status);
  kgraph::cli::AddEvalMentionsCommand(app, status);
  kgraph::cli::AddTrainTaggerCommand(app, status);
  kgraph::cli::AddTrainParserCommand(app, status);
  kgraph::cli::AddTrainCommand(app, status);
  kgraph::cli::AddTrainNerCommand(app, status);
  kgraph::cli::AddTrainCorefCommand(app, status);
  kgraph::cli::AddTrainConfidenceCommand(app, status);
  return kgraph::cli::RunApp(app, argc, argv, status, "kgraph");
}
