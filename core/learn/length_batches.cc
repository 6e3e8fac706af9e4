#include "core/learn/length_batches.h"

#include <algorithm>
#include <numeric>

#include "core/learn/shuffle.h"

namespace kgraph {

std::vector<std::vector<std::size_t>> BatchesOfSimilarLength(std::span<const std::size_t> lengths,
                                                             std::size_t batch_words,
                                                             std::mt19937_64& engine) {
  std::vector<std::size_t> order(lengths.size());
  std::iota(order.begin(), order.end(), 0);
  Shuffle(order, engine);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return lengths[a] < lengths[b]; });
  std::vector<std::vector<std::size_t>> batches;
  std::size_t words = batch_words;  // the first sentence starts a batch
  for (std::size_t i : order) {
    if (words >= batch_words) {
      batches.emplace_back();
      words = 0;
    }
    batches.back().push_back(i);
    words += lengths[i];
  }
  std::vector<std::size_t> batch_order(batches.size());
  std::iota(batch_order.begin(), batch_order.end(), 0);
  Shuffle(batch_order, engine);
  std::vector<std::vector<std::size_t>> shuffled;
  shuffled.reserve(batches.size());
  for (std::size_t i : batch_order) shuffled.push_back(std::move(batches[i]));
  return shuffled;
}

}  // namespace kgraph
