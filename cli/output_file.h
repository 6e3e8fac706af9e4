// Writing an output file so that readers never see half of it: the data goes to a temporary file
// beside the target, which is renamed over the target only once it is complete.
#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace kgraph::cli {

// Calls `write` with a stream to a temporary file and renames it to `path` on success. On any
// failure (an exception from `write`, a full disk) the temporary file is removed, `path` is left
// as it was, and kgraph::Error (or the exception from `write`) propagates. `path` "-" writes to
// standard output directly.
void WriteOutput(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace kgraph::cli
