// kgraph-train: the training commands of kgraph, able to train the biaffine parser too. It links
// libtorch, which takes about a second to load, so these commands live in their own binary and
// `kgraph` starts fast. Same options, messages and exit codes as `kgraph train*`.
#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/run_app.h"

int main(int argc, char** argv) {
  CLI::App app("kgraph-train: trains kgraph's tagger and parsers, the biaffine parser included.",
               "kgraph-train");
  kgraph::cli::CommandStatus status;
  kgraph::cli::SetUpRootApp(app, status);
  kgraph::cli::AddTrainTaggerCommand(app, status);
  kgraph::cli::AddTrainParserCommand(app, status);
  kgraph::cli::AddTrainCommand(app, status);
  return kgraph::cli::RunApp(app, argc, argv, status, "kgraph-train");
}
