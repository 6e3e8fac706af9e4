#include "core/tagger/tagger_network.h"

#include <algorithm>

#include "core/parser/biaffine_vocabulary.h"

namespace kgraph {

TaggerNetworkImpl::TaggerNetworkImpl(const TaggerNetworkSizes& sizes) : sizes_(sizes) {
  namespace nn = torch::nn;
  word_embedding_ = register_module("word", nn::Embedding(sizes.words, sizes.word_dim));
  spelling_embedding_ =
      register_module("spelling", nn::Embedding(sizes.buckets, sizes.spelling_dim));
  lstm_ = register_module("lstm", nn::LSTM(nn::LSTMOptions(sizes.InputDim(), sizes.hidden)
                                               .num_layers(sizes.layers)
                                               .bidirectional(true)
                                               .batch_first(true)
                                               .dropout(sizes.dropout)));
  output_ = register_module("output", nn::Linear(2 * sizes.hidden, sizes.classes));
}

torch::Tensor TaggerNetworkImpl::Forward(const TaggerBatch& batch) {
  namespace F = torch::nn::functional;
  const double p = is_training() ? sizes_.dropout : 0.0;
  const auto dropout = [&](const torch::Tensor& x) {
    return p > 0 ? F::dropout(x, F::DropoutFuncOptions().p(p).training(true)) : x;
  };
  torch::Tensor words = batch.words;
  if (is_training() && sizes_.word_dropout > 0) {
    // Unknown words at test time look like the rare words replaced here during training.
    torch::Tensor drop =
        (torch::rand(words.sizes()) < sizes_.word_dropout) & (words >= kReservedIds);
    words = words.masked_fill(drop, kUnknownId);
  }
  const std::int64_t batch_size = words.size(0), length = words.size(1);
  torch::Tensor spelling = spelling_embedding_(batch.spelling).view({batch_size, length, -1});
  torch::Tensor input = torch::cat({word_embedding_(words), spelling}, -1);
  // Packing keeps the backward LSTM from reading padding, so a sentence's tags do not depend on
  // the other sentences of its batch.
  auto packed = torch::nn::utils::rnn::pack_padded_sequence(dropout(input), batch.lengths,
                                                            /*batch_first=*/true,
                                                            /*enforce_sorted=*/false);
  torch::Tensor encoded = std::get<0>(torch::nn::utils::rnn::pad_packed_sequence(
      std::get<0>(lstm_->forward_with_packed_input(packed)), /*batch_first=*/true,
      /*padding_value=*/0.0, length));
  return output_(dropout(encoded));
}

TaggerBatch MakeTaggerBatch(const std::vector<std::vector<TaggerWordIds>>& sentences) {
  const std::int64_t batch = static_cast<std::int64_t>(sentences.size());
  std::int64_t length = 1;
  for (const auto& words : sentences)
    length = std::max<std::int64_t>(length, static_cast<std::int64_t>(words.size()));
  TaggerBatch out{torch::zeros({batch, length}, torch::kInt64),
                  torch::zeros({batch, length, kSpellingPieces}, torch::kInt64),
                  torch::zeros({batch}, torch::kInt64)};
  auto words = out.words.accessor<std::int64_t, 2>();
  auto spelling = out.spelling.accessor<std::int64_t, 3>();
  auto lengths = out.lengths.accessor<std::int64_t, 1>();
  for (std::int64_t b = 0; b < batch; ++b) {
    const std::vector<TaggerWordIds>& sentence = sentences[b];
    lengths[b] = std::max<std::int64_t>(1, static_cast<std::int64_t>(sentence.size()));
    for (std::size_t i = 0; i < sentence.size(); ++i) {
      words[b][i] = sentence[i].word;
      for (int k = 0; k < kSpellingPieces; ++k) spelling[b][i][k] = sentence[i].spelling[k];
    }
  }
  return out;
}

}  // namespace kgraph
