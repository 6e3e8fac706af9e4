// Options shared by the commands that run the text pipeline (build, extract, eval carb).
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "pipeline/pipeline.h"

namespace kgraph::cli {

// Registers --models, --extractor and --plain on `command`, writing into `options`.
// --aliases FILE: more aliases ("alias<TAB>canonical" lines, as models/aliases.tsv), added to
// the built-in table or overriding it.
void AddAliasesOption(CLI::App& command, std::string& aliases_file);

// --no-tagger-network: the tagger's perceptron tags alone (sets `tagger_network` to false).
void AddTaggerNetworkOption(CLI::App& command, bool& tagger_network);

void AddPipelineOptions(CLI::App& command, PipelineOptions& options);

// Registers only --models (default DefaultModelDir()), for commands that run no extractor.
void AddModelsOption(CLI::App& command, std::string& model_dir);

// Registers only --extractor (default: PipelineOptions' extractor).
void AddExtractorOption(CLI::App& command, std::string& extractor);

// Registers only --plain (alias --no-news), which sets `news` to false.
void AddPlainOption(CLI::App& command, bool& news);

// The model directory used when --models is not given: $KGRAPH_MODEL_DIR, else the models/
// folder of the source tree kgraph was built from.
std::string DefaultModelDir();

// Reads one input ("-" = stdin) as a Document. Throws kgraph::Error on unreadable or non-text
// input.
Document ReadInput(const std::string& input);

}  // namespace kgraph::cli
