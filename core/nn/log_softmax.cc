#include "core/nn/log_softmax.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace kgraph {

void LogSoftmaxRows(float* values, int rows, int columns) {
  for (int r = 0; r < rows; ++r) {
    float* row = values + static_cast<std::size_t>(r) * columns;
    const float max = *std::max_element(row, row + columns);
    double sum = 0;
    for (int c = 0; c < columns; ++c) sum += std::exp(static_cast<double>(row[c] - max));
    const float log_sum = max + static_cast<float>(std::log(sum));
    for (int c = 0; c < columns; ++c) row[c] -= log_sum;
  }
}

}  // namespace kgraph
