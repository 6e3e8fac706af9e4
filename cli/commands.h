// The kgraph subcommands. Each Add*Command registers one verb on the root app; its callback
// parses nothing itself (CLI11 has done that), calls the library, prints data to stdout and
// messages to stderr, and stores the exit code in `status` (0 ok, 1 runtime error).
#pragma once

#include <CLI/CLI.hpp>

namespace kgraph::cli {

// Shared by every command: options of the root app and the exit code.
struct CommandStatus {
  int exit_code = 0;
  bool quiet = false;  // --quiet: no progress or warnings on stderr
};

void AddBuildCommand(CLI::App& app, CommandStatus& status);
void AddExtractCommand(CLI::App& app, CommandStatus& status);
void AddParseCommand(CLI::App& app, CommandStatus& status);
void AddExportCommand(CLI::App& app, CommandStatus& status);
void AddRenderCommand(CLI::App& app, CommandStatus& status);
void AddQueryCommands(CLI::App& app, CommandStatus& status);  // neighbors, path, stats
void AddEvalCommand(CLI::App& app, CommandStatus& status);
// eval mentions: registered on the eval subcommand, so call it after AddEvalCommand.
void AddEvalMentionsCommand(CLI::App& app, CommandStatus& status);
void AddTrainTaggerCommand(CLI::App& app, CommandStatus& status);
void AddTrainParserCommand(CLI::App& app, CommandStatus& status);
void AddTrainCommand(CLI::App& app, CommandStatus& status);
void AddTrainNerCommand(CLI::App& app, CommandStatus& status);
void AddTrainCorefCommand(CLI::App& app, CommandStatus& status);
void AddTrainConfidenceCommand(CLI::App& app, CommandStatus& status);

}  // namespace kgraph::cli
