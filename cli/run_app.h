// What kgraph and kgraph-train share around their subcommands: the root options and the mapping
// of outcomes to exit codes (0 success, 1 runtime or data error, 2 usage error).
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "cli/commands.h"

namespace kgraph::cli {

// Sets --version, --quiet (into `status`) and the exit-code footer, and requires a subcommand.
void SetUpRootApp(CLI::App& app, CommandStatus& status);

// Parses and runs the command line; errors become one line "PROGRAM: error: ..." on stderr.
// Returns the exit code.
int RunApp(CLI::App& app, int argc, char** argv, const CommandStatus& status,
           const std::string& program);

}  // namespace kgraph::cli
