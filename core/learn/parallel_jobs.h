// Independent training jobs spread over a few threads.
#pragma once

#include <functional>
#include <vector>

namespace kgraph {

// Runs every job once on up to `threads` threads (at least one) and returns when all are done.
// The jobs must not share mutable state; then the results do not depend on `threads`. The first
// exception a job throws is rethrown here, after every thread has stopped.
void RunParallelJobs(const std::vector<std::function<void()>>& jobs, int threads);

}  // namespace kgraph
