// Turning the INPUT arguments of a command into the list of texts to read: files as given,
// directories expanded to their *.txt files (recursively, sorted by path so output is
// deterministic), and "-" for standard input.
#pragma once

#include <string>
#include <vector>

namespace kgraph::cli {

inline constexpr char kStdinName[] = "-";

// Expands `inputs` (no inputs = stdin). Throws kgraph::Error for a path that does not exist or a
// directory that holds no .txt file.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& inputs);

}  // namespace kgraph::cli
