// Extractors by name, for the CLI's --extractor option.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/extractor.h"

namespace kgraph {

// "clause" (the default: over dependency trees) or "pattern" (over tags only). Throws
// kgraph::Error naming the known extractors for any other name.
std::unique_ptr<Extractor> NewExtractor(std::string_view name);

std::vector<std::string> ExtractorNames();

}  // namespace kgraph
