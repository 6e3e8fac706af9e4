#include "cli/training_options.h"

#include "core/error.h"

namespace kgraph::cli {

void AddTrainingLoopOptions(CLI::App& command, int& iterations, std::uint64_t& seed,
                            const std::string& seed_help, float& min_weight) {
  command.add_option("--iterations", iterations, "Training epochs")
      ->capture_default_str()
      ->check(CLI::Range(1, 100));
  command.add_option("--seed", seed, seed_help)->capture_default_str();
  command
      .add_option("--min-weight", min_weight,
                  "Drop averaged weights smaller than this from the model")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
}

void RequireDirectory(const std::filesystem::path& directory) {
  std::error_code ec;
  if (!std::filesystem::is_directory(directory, ec)) {
    throw Error("output directory does not exist", {directory.string(), {}, {}});
  }
}

void CheckWritableDirectory(const std::string& output) {
  const std::filesystem::path directory = std::filesystem::path(output).parent_path();
  RequireDirectory(directory.empty() ? "." : directory);
}

}  // namespace kgraph::cli
