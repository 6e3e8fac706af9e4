// The layer sizes of the biaffine parser's network and the parameters they imply, shared by the
// libtorch network that trains (biaffine_network.h) and the plain forward pass that parses
// (biaffine_inference.h).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace kgraph {

// Vocabulary sizes count the reserved ids (see BiaffineVocabulary).
struct BiaffineSizes {
  std::int64_t words = 0, xpos = 0, upos = 0, labels = 0;
  std::int64_t buckets = 1 << 15;  // hashed suffixes, prefixes and shapes
  std::int64_t word_dim = 100, xpos_dim = 32, upos_dim = 16;
  std::int64_t suffix_dim = 32, prefix_dim = 16, shape_dim = 16;
  std::int64_t hidden = 128, layers = 2;  // LSTM units per direction
  std::int64_t arc_dim = 256, label_dim = 64;
  double dropout = 0.33, word_dropout = 0.25;  // training only

  std::int64_t InputDim() const {
    return word_dim + xpos_dim + upos_dim + suffix_dim + prefix_dim + shape_dim;
  }
};

// Every parameter's name and number of values, in the order the network registers them (the
// order of the model file).
std::vector<std::pair<std::string, std::int64_t>> BiaffineParameterSizes(
    const BiaffineSizes& sizes);

}  // namespace kgraph
