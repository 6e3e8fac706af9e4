// What the tagger's neural network reads of a word, as ids: its lowercased form when frequent
// enough, and hashed pieces of its spelling (suffixes and prefixes of one to four bytes and the
// word's shape) that stand in for a character model. It never reads the perceptron's tags: a
// network that does learns to copy them (see README, "Accuracy"). Shared by the libtorch network
// that trains (tagger_network.h) and the plain forward pass that tags (tagger_network_inference.h).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/conllu/conllu.h"
#include "core/io/model_file.h"

namespace kgraph {

// The spelling pieces: suffixes of 1-4 bytes, prefixes of 1-3 bytes, the shape.
inline constexpr int kSpellingPieces = 8;

struct TaggerWordIds {
  std::int64_t word = 0;
  std::array<std::int64_t, kSpellingPieces> spelling{};
};

// Layer sizes; vocabulary sizes count the reserved ids (see biaffine_vocabulary.h's kReservedIds).
struct TaggerNetworkSizes {
  std::int64_t words = 0, classes = 0;
  std::int64_t buckets = 1 << 16;  // hashed spelling pieces, one table for all eight
  std::int64_t word_dim = 100, spelling_dim = 32;
  std::int64_t hidden = 128, layers = 2;       // LSTM units per direction
  double dropout = 0.33, word_dropout = 0.25;  // training only

  std::int64_t InputDim() const { return word_dim + kSpellingPieces * spelling_dim; }
};

// Every parameter's name and number of values, in the order the network registers them.
std::vector<std::pair<std::string, std::int64_t>> TaggerNetworkParameterSizes(
    const TaggerNetworkSizes& sizes);

class TaggerNetworkVocabulary {
 public:
  TaggerNetworkVocabulary() = default;
  // Lowercased forms seen at least `min_count` times in `train`, sorted.
  static TaggerNetworkVocabulary Build(const std::vector<ConlluSentence>& train, int min_count = 2);

  TaggerWordIds IdsOf(std::string_view form, std::int64_t buckets) const;
  std::int64_t word_count() const;  // with the reserved ids

  void Save(ModelWriter& writer) const;
  static TaggerNetworkVocabulary Load(ModelReader& reader);

 private:
  std::vector<std::string> words_;
  std::unordered_map<std::string, std::int64_t> ids_;
};

}  // namespace kgraph
