// Mini-batches for training a network on sentences: sentences of about the same length share a
// batch, so little of it is padding (a random batch pads every sentence to the longest, about
// three times the mean length in EWT); each batch holds about `batch_words` words, so every
// word weighs the same in the updates whether its sentence is short or long. Which sentences
// share a batch and the order of the batches change with every call, drawn from `engine`.
#pragma once

#include <cstddef>
#include <random>
#include <span>
#include <vector>

namespace kgraph {

// The indices of the sentences of each batch, given each sentence's length in words.
std::vector<std::vector<std::size_t>> BatchesOfSimilarLength(std::span<const std::size_t> lengths,
                                                             std::size_t batch_words,
                                                             std::mt19937_64& engine);

// The same over `examples` whose lengths `length_of(example)` gives: pointers into `examples`.
template <typename Example, typename LengthOf>
std::vector<std::vector<const Example*>> BatchesOfSimilarLength(
    const std::vector<Example>& examples, LengthOf length_of, std::size_t batch_words,
    std::mt19937_64& engine) {
  std::vector<std::size_t> lengths;
  lengths.reserve(examples.size());
  for (const Example& example : examples) lengths.push_back(length_of(example));
  std::vector<std::vector<const Example*>> batches;
  for (const auto& batch : BatchesOfSimilarLength(lengths, batch_words, engine)) {
    batches.emplace_back();
    for (std::size_t i : batch) batches.back().push_back(&examples[i]);
  }
  return batches;
}

}  // namespace kgraph
