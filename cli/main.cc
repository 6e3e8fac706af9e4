// kgraph: build knowledge graphs from news text, export and query them.
//
// Exit codes: 0 success, 1 runtime or data error (one line on stderr per problem), 2 usage error.
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#include "cli/commands.h"
#include "core/error.h"

namespace {

constexpr int kExitRuntimeError = 1;
constexpr int kExitUsageError = 2;

}  // namespace

int main(int argc, char** argv) {
  CLI::App app(
      "kgraph: turns news text into a knowledge graph of subject-relation-object facts,\n"
      "exports it as DOT, GraphML or JSON-LD, and answers queries over it.",
      "kgraph");
  app.set_version_flag("--version", KGRAPH_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  kgraph::cli::CommandStatus status;
  app.add_flag("-q,--quiet", status.quiet, "No progress messages or warnings on stderr");
  app.footer("Exit codes: 0 success, 1 runtime or data error, 2 usage error.");

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
  kgraph::cli::AddTrainConfidenceCommand(app, status);

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help, --version: printed on stdout
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsageError;
  } catch (const kgraph::Error& e) {
    std::cerr << "kgraph: error: " << e.what() << "\n";
    return kExitRuntimeError;
  } catch (const std::exception& e) {
    std::cerr << "kgraph: error: " << e.what() << "\n";
    return kExitRuntimeError;
  }
  return status.exit_code;
}
