// The forward pass of a multi-layer bidirectional LSTM (libtorch's nn::LSTM with
// bidirectional(true) and batch_first(true), in evaluation mode) over a batch of sentences, with
// 8-bit weight matrices (quantized_matrix.h). Shared by the parser's and the tagger's networks.
// The recurrent step multiplies the states of every sentence of the batch by its weights at
// once; the input's contribution to the gates is one matrix product over all the batch's rows.
#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/nn/quantized_matrix.h"

namespace kgraph {

// The parameters of a network by libtorch name, each a row-major array laid out as libtorch
// stores it.
using NamedWeights = std::map<std::string, std::vector<float>>;

// Where each sentence of a batch lies in the batch's matrices: sentence s is rows
// first[s] .. first[s] + rows_of[s] - 1.
struct BatchLayout {
  std::vector<int> first, rows_of;
  std::vector<int> longest_first;  // sentence indices by decreasing rows_of
  int rows = 0;

  static BatchLayout Of(std::span<const int> rows_of);
};

// Appends the parameters of libtorch's bidirectional LSTM registered as `name`, with their
// numbers of values, in libtorch's order: weight_ih, weight_hh, bias_ih, bias_hh of each layer,
// forward then reverse.
void AppendBiLstmParameterSizes(const std::string& name, std::int64_t layers, std::int64_t input,
                                std::int64_t hidden,
                                std::vector<std::pair<std::string, std::int64_t>>& sizes);

class QuantizedBiLstm {
 public:
  QuantizedBiLstm() = default;
  // The layers of the libtorch module registered as `name` in `weights` ("lstm.weight_ih_l0",
  // ...), with `hidden` units per direction. Throws kgraph::Error when a parameter is missing.
  QuantizedBiLstm(const NamedWeights& weights, const std::string& name, int layers, int hidden);

  // The last layer's outputs for `input` [rows][input width]: [rows][2 hidden], forward states
  // first. Each sentence's rows are what it gets alone.
  std::vector<float> Encode(std::vector<float> input, const BatchLayout& layout) const;

  int hidden() const { return hidden_; }

 private:
  struct Direction {
    QuantizedMatrix input, recurrent;
    std::vector<float> bias_ih, bias_hh;
  };
  void Run(const Direction& direction, const std::vector<float>& input, const BatchLayout& layout,
           bool reverse, std::vector<float>& output) const;

  int hidden_ = 0;
  std::vector<Direction> forward_, backward_;  // one per layer
};

}  // namespace kgraph
