// The tagger's neural network as the tagger runs it: the network's forward pass over plain
// arrays with 8-bit weights (the LSTM of core/nn/bilstm.h, then a linear layer), the vocabulary
// that turns words into its ids, and the weight the perceptron's scores get when the two vote.
// It computes what TaggerNetwork (libtorch) computes in evaluation mode, up to the 8-bit weights.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "core/io/model_file.h"
#include "core/nn/bilstm.h"
#include "core/nn/quantized_matrix.h"
#include "core/tagger/tagger_network_input.h"

namespace kgraph {

class TaggerNetworkScorer {
 public:
  // Throws kgraph::Error when a parameter is missing or has another size than `sizes` implies.
  TaggerNetworkScorer(TaggerNetworkVocabulary vocabulary, const TaggerNetworkSizes& sizes,
                      NamedWeights weights, float perceptron_vote);

  // The log-probability of every class for every word of each sentence: one [words][classes]
  // array per sentence, each what the sentence gets alone. The sentences run as one batch.
  std::vector<std::vector<float>> LogProbabilities(
      std::span<const std::vector<std::string_view>> sentences) const;

  // The perceptron's class scores are multiplied by this before the network's log-probabilities
  // are added to them.
  float perceptron_vote() const { return perceptron_vote_; }
  void set_perceptron_vote(float vote) { perceptron_vote_ = vote; }
  const TaggerNetworkSizes& sizes() const { return sizes_; }

  // Matrices are stored as 8-bit integers (core/nn/int8_rows.h): load what you save to score
  // what will ship.
  void Save(ModelWriter& writer) const;
  static TaggerNetworkScorer Load(ModelReader& reader);

 private:
  std::vector<float> Embed(std::span<const std::vector<std::string_view>> sentences,
                           int rows) const;

  TaggerNetworkVocabulary vocabulary_;
  TaggerNetworkSizes sizes_;
  NamedWeights weights_;
  float perceptron_vote_ = 0;
  QuantizedBiLstm lstm_;
  QuantizedMatrix output_;
};

}  // namespace kgraph
