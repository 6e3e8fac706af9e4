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

#include "core/nn/bilstm.h"
#include "core/nn/quantized_matrix.h"
#include "core/parser/biaffine_sizes.h"
#include "core/parser/biaffine_vocabulary.h"

namespace kgraph {

// The parameters by name, each a row-major array laid out as libtorch stores it.
using BiaffineWeights = NamedWeights;

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
  void QuantizeWeights();
  const float* Weight(const std::string& name) const;
  const QuantizedMatrix& Quantized(const std::string& name) const;
  // Each sentence's rows (its root first, then its words), one after the other.
  std::vector<float> Embed(std::span<const std::vector<BiaffineWordIds>> sentences,
                           const BatchLayout& layout) const;
  // leaky_relu(input · Wᵀ + b) for the layer `name`: [rows][out_dim].
  std::vector<float> Mlp(const std::vector<float>& input, int rows, const std::string& name,
                         int out_dim) const;
  // Sentence s's arc scores from the batch's dependent vectors times U and head vectors.
  std::vector<float> Arcs(const std::vector<float>& projected, const std::vector<float>& heads,
                          const std::vector<float>& head_bias, int first, int positions) const;

  BiaffineSizes sizes_;
  BiaffineWeights weights_;
  QuantizedBiLstm lstm_;
  // The weight matrices of the other products with a layer's input, as 8-bit integers (see
  // quantized_matrix.h): the MLPs', U of the arc scorer (transposed) and the relation
  // scorer's (rows (l, e), columns i).
  std::map<std::string, QuantizedMatrix> quantized_;
};

}  // namespace kgraph
