// The assignment problem: pair rows with columns one-to-one so that the total weight of the
// chosen cells is as large as possible (Kuhn 1955, Munkres 1957). CEAF uses it to align key and
// response entities.
#pragma once

#include <vector>

namespace kgraph {

// `weight` is a rows x columns matrix (every row the same length; either dimension may be 0).
// Returns, for each row, the column it is paired with, or -1 when there are more rows than
// columns and the row is left out. The total weight is maximal; ties are broken
// deterministically. O(n^3) for n = max(rows, columns).
std::vector<int> MaxWeightAssignment(const std::vector<std::vector<double>>& weight);

}  // namespace kgraph
