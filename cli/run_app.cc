#include "cli/run_app.h"

#include <exception>
#include <iostream>

namespace kgraph::cli {
namespace {

constexpr int kExitRuntimeError = 1;
constexpr int kExitUsageError = 2;

}  // namespace

void SetUpRootApp(CLI::App& app, CommandStatus& status) {
  app.set_version_flag("--version", KGRAPH_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  app.add_flag("-q,--quiet", status.quiet, "No progress messages or warnings on stderr");
  app.footer("Exit codes: 0 success, 1 runtime or data error, 2 usage error.");
}

int RunApp(CLI::App& app, int argc, char** argv, const CommandStatus& status,
           const std::string& program) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help, --version: printed on stdout
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsageError;
  } catch (const std::exception& e) {  // kgraph::Error included
    std::cerr << program << ": error: " << e.what() << "\n";
    return kExitRuntimeError;
  }
  return status.exit_code;
}

}  // namespace kgraph::cli
