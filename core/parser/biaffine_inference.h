// The biaffine parser's forward pass over plain arrays, used for parsing. It computes what
// BiaffineNetwork (libtorch) computes in evaluation mode, up to the quantization of its weight
// matrices to 8 bits (quantized_matrix.h: 3.7 times faster, within 0.03 UAS or LAS on EWT dev),
// and without libtorch's per-operation overhead, which dominated on sentences of news length.
// BLAS computes the arc scores, products of two layers' outputs. Sentences are analysed in
// batches: the LSTM's recurrent step multiplies the states of every sentence of the batch by its
// weights at once, and the other layers are one matrix product over all the batch's words.
#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "core/parser/biaffine_sizes.h"
#include "core/parser/biaffine_vocabulary.h"
#include "core/parser/quantized_matrix.h"

namespace kgraph {

// The parameters by name, each a row-major array laid out as libtorch stores it.
using BiaffineWeights = std::map<std::string, std::vector<float>>;

class BiaffineInference {
 public:
  // Throws kgraph::Error when a parameter is missing or has another size than `sizes` implies.
  BiaffineInference(const BiaffineSizes& sizes, BiaffineWeights weights);

  // The scores of one sentence (position 0 is the root, word i is position i).
  struct Scores {
    int positions = 0;                    // words + 1
    std::vector<float> arcs;              // [dependent][head], log-probabilities per dependent
    std::vector<float> label_dependents;  // [position][label_dim]
    std::vector<float> label_heads;       // [position][label_dim]
  };
  // The scores of each sentence, in order. Each sentence's scores are what it gets alone.
  std::vector<Scores> Score(std::span<const std::vector<BiaffineWordIds>> sentences) const;

  // The score of every relation for the arc heads[d - 1] -> d of every word d (positions, 0 =
  // the root): [word][label], words 1..n in order.
  std::vector<float> LabelScores(const Scores& scores, std::span<const int> heads) const;

  const BiaffineSizes& sizes() const { return sizes_; }
  const BiaffineWeights& weights() const { return weights_; }

 private:
  // Where each sentence of a batch lies in the batch's matrices: sentence s (with its root)
  // is rows first[s] .. first[s] + positions[s] - 1.
  struct Layout {
    std::vector<int> first, positions;
    std::vector<int> longest_first;  // sentence indices by decreasing positions
    int rows = 0;
  };
  static Layout LayoutOf(std::span<const std::vector<BiaffineWordIds>> sentences);

  void QuantizeWeights();
  const float* Weight(const std::string& name) const;
  const QuantizedMatrix& Quantized(const std::string& name) const;
  std::vector<float> Embed(std::span<const std::vector<BiaffineWordIds>> sentences,
                           const Layout& layout) const;
  // One LSTM layer in both directions over `input` [rows][the layer's input]: [rows][2 hidden].
  std::vector<float> Lstm(const std::vector<float>& input, const Layout& layout, int layer) const;
  void LstmDirection(const std::vector<float>& input, const Layout& layout,
                     const std::string& suffix, bool reverse, std::vector<float>& output) const;
  // leaky_relu(input · Wᵀ + b) for the layer `name`: [rows][out_dim].
  std::vector<float> Mlp(const std::vector<float>& input, int rows, const std::string& name,
                         int out_dim) const;
  // Sentence s's arc scores from the batch's dependent vectors times U and head vectors.
  std::vector<float> Arcs(const std::vector<float>& projected, const std::vector<float>& heads,
                          const std::vector<float>& head_bias, int first, int positions) const;

  BiaffineSizes sizes_;
  BiaffineWeights weights_;
  // The weight matrices of every product with a layer's input, as 8-bit integers (see
  // quantized_matrix.h): the LSTM's, the MLPs', U of the arc scorer (transposed) and the relation
  // scorer's (rows (l, e), columns i).
  std::map<std::string, QuantizedMatrix> quantized_;
};

}  // namespace kgraph
