// The tagger's neural network: word and spelling embeddings, a two-layer bidirectional LSTM over
// the sentence and a linear layer scoring every (UPOS, XPOS) class of the perceptron tagger
// (tagger.h), whose scores it is summed with. Built on libtorch, for training only (tagging runs
// tagger_network_inference.h).
#pragma once

#include <torch/torch.h>

#include <vector>

#include "core/tagger/tagger_network_input.h"

namespace kgraph {

// A batch of sentences as ids: words [batch, length] and spelling [batch, length, pieces], int64,
// shorter sentences padded with 0.
struct TaggerBatch {
  torch::Tensor words, spelling;
  torch::Tensor lengths;  // [batch] int64
};

class TaggerNetworkImpl : public torch::nn::Module {
 public:
  explicit TaggerNetworkImpl(const TaggerNetworkSizes& sizes);

  // [batch, length, classes] class scores. In training mode (train()), applies dropout and
  // replaces words by "unknown" at random.
  torch::Tensor Forward(const TaggerBatch& batch);

  const TaggerNetworkSizes& sizes() const { return sizes_; }

 private:
  TaggerNetworkSizes sizes_;
  torch::nn::Embedding word_embedding_{nullptr}, spelling_embedding_{nullptr};
  torch::nn::LSTM lstm_{nullptr};
  torch::nn::Linear output_{nullptr};
};
TORCH_MODULE(TaggerNetwork);

TaggerBatch MakeTaggerBatch(const std::vector<std::vector<TaggerWordIds>>& sentences);

}  // namespace kgraph
