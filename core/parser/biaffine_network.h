// The neural network of the biaffine parser (Dozat & Manning 2017): word, tag and spelling
// embeddings, a two-layer bidirectional LSTM over the sentence, and biaffine scorers for every
// (dependent, head) arc and for the relation of a chosen arc. Built on libtorch, for training
// only (parsing runs biaffine_inference.h): only the trainer and its tests include this header,
// because torch/torch.h is slow to compile and libtorch slow to load.
#pragma once

#include <torch/torch.h>

#include <cstdint>
#include <vector>

#include "core/nn/torch_training.h"
#include "core/parser/biaffine_inference.h"
#include "core/parser/biaffine_sizes.h"
#include "core/parser/biaffine_vocabulary.h"

namespace kgraph {

// A batch of sentences as ids, each tensor [batch, length] of int64 where position 0 is the
// artificial root and `length` is that of the longest sentence plus one; shorter sentences are
// padded with 0.
struct BiaffineBatch {
  torch::Tensor words, xpos, upos, suffixes, prefixes, shapes;
  torch::Tensor lengths;  // [batch] int64: words + 1 (the root)
};

class BiaffineNetworkImpl : public torch::nn::Module {
 public:
  explicit BiaffineNetworkImpl(const BiaffineSizes& sizes);

  struct Output {
    torch::Tensor arcs;  // [batch, length (dependent), length (head)]; padding heads at -inf
    torch::Tensor label_dependents, label_heads;  // [batch, length, label_dim]
  };
  // In training mode (train()), applies dropout and replaces words by "unknown" at random.
  Output Forward(const BiaffineBatch& batch);

  // [batch, length, labels]: the score of each relation for the arc heads[b][d] -> d.
  torch::Tensor LabelScores(const Output& output, const torch::Tensor& heads);

  const BiaffineSizes& sizes() const { return sizes_; }

 private:
  torch::Tensor Embed(const BiaffineBatch& batch);

  BiaffineSizes sizes_;
  torch::nn::Embedding word_embedding_{nullptr}, xpos_embedding_{nullptr}, upos_embedding_{nullptr},
      suffix_embedding_{nullptr}, prefix_embedding_{nullptr}, shape_embedding_{nullptr};
  torch::nn::LSTM lstm_{nullptr};
  torch::nn::Linear arc_dependent_{nullptr}, arc_head_{nullptr}, label_dependent_{nullptr},
      label_head_{nullptr};
  torch::Tensor arc_weight_, arc_head_bias_, label_weight_;
};
TORCH_MODULE(BiaffineNetwork);

// The batch of `sentences` (word ids without the root, which this adds).
BiaffineBatch MakeBiaffineBatch(const std::vector<std::vector<BiaffineWordIds>>& sentences);

}  // namespace kgraph
