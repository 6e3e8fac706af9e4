// Options shared by the commands that run the text pipeline (build, extract).
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "pipeline/pipeline.h"

namespace kgraph::cli {

// Registers --models, --extractor and --plain on `command`, writing into `options`.
void AddPipelineOptions(CLI::App& command, PipelineOptions& options);

// The model directory used when --models is not given: $KGRAPH_MODEL_DIR, else the models/
// folder of the source tree kgraph was built from.
std::string DefaultModelDir();

// Reads one input ("-" = stdin) as a Document. Throws kgraph::Error on unreadable or non-text
// input.
Document ReadInput(const std::string& input);

}  // namespace kgraph::cli
