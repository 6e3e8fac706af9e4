// Options and checks shared by the commands that train a model (train, train-tagger,
// train-parser, train-ner, train-coref).
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <filesystem>
#include <string>

namespace kgraph::cli {

// Registers --iterations (1 to 100), --seed (described by `seed_help`) and --min-weight (the
// smallest averaged weight kept in the model), writing into the given fields.
void AddTrainingLoopOptions(CLI::App& command, int& iterations, std::uint64_t& seed,
                            const std::string& seed_help, float& min_weight);

// Throws kgraph::Error ("output directory does not exist") unless `directory` is one: training
// fails before its slow part when the models could not be written at the end.
void RequireDirectory(const std::filesystem::path& directory);

// The same for the directory of the model file `output` (the working directory when it has none).
void CheckWritableDirectory(const std::string& output);

}  // namespace kgraph::cli
