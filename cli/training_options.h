// Options shared by the commands that train a perceptron model (train-tagger, train-parser,
// train-ner).
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>

namespace kgraph::cli {

// Registers --iterations (1 to 100), --seed (described by `seed_help`) and --min-weight (the
// smallest averaged weight kept in the model), writing into the given fields.
void AddTrainingLoopOptions(CLI::App& command, int& iterations, std::uint64_t& seed,
                            const std::string& seed_help, float& min_weight);

}  // namespace kgraph::cli
