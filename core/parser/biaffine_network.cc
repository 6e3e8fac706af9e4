#include "core/parser/biaffine_network.h"

namespace kgraph {

BiaffineNetworkImpl::BiaffineNetworkImpl(const BiaffineSizes& sizes) : sizes_(sizes) {
  namespace nn = torch::nn;
  word_embedding_ = register_module("word", nn::Embedding(sizes.words, sizes.word_dim));
  xpos_embedding_ = register_module("xpos", nn::Embedding(sizes.xpos, sizes.xpos_dim));
  upos_embedding_ = register_module("upos", nn::Embedding(sizes.upos, sizes.upos_dim));
  suffix_embedding_ = register_module("suffix", nn::Embedding(sizes.buckets, sizes.suffix_dim));
  prefix_embedding_ = register_module("prefix", nn::Embedding(sizes.buckets, sizes.prefix_dim));
  shape_embedding_ = register_module("shape", nn::Embedding(sizes.buckets, sizes.shape_dim));
  lstm_ = register_module("lstm", nn::LSTM(nn::LSTMOptions(sizes.InputDim(), sizes.hidden)
                                               .num_layers(sizes.layers)
                                               .bidirectional(true)
                                               .batch_first(true)
                                               .dropout(sizes.dropout)));
  const std::int64_t encoded = 2 * sizes.hidden;
  arc_dependent_ = register_module("arc_dependent", nn::Linear(encoded, sizes.arc_dim));
  arc_head_ = register_module("arc_head", nn::Linear(encoded, sizes.arc_dim));
  label_dependent_ = register_module("label_dependent", nn::Linear(encoded, sizes.label_dim));
  label_head_ = register_module("label_head", nn::Linear(encoded, sizes.label_dim));
  // Biaffine weights start at zero (Dozat & Manning): every arc and relation equally likely.
  arc_weight_ = register_parameter("arc_weight", torch::zeros({sizes.arc_dim, sizes.arc_dim}));
  arc_head_bias_ = register_parameter("arc_head_bias", torch::zeros({sizes.arc_dim}));
  label_weight_ = register_parameter(
      "label_weight", torch::zeros({sizes.labels, sizes.label_dim + 1, sizes.label_dim + 1}));
}

torch::Tensor BiaffineNetworkImpl::Embed(const BiaffineBatch& batch) {
  torch::Tensor words = batch.words;
  if (is_training() && sizes_.word_dropout > 0) {
    // Unknown words at test time look like the rare words replaced here during training.
    torch::Tensor drop =
        (torch::rand(words.sizes()) < sizes_.word_dropout) & (words >= kReservedIds);
    words = words.masked_fill(drop, kUnknownId);
  }
  return torch::cat({word_embedding_(words), xpos_embedding_(batch.xpos),
                     upos_embedding_(batch.upos), suffix_embedding_(batch.suffixes),
                     prefix_embedding_(batch.prefixes), shape_embedding_(batch.shapes)},
                    -1);
}

BiaffineNetworkImpl::Output BiaffineNetworkImpl::Forward(const BiaffineBatch& batch) {
  namespace F = torch::nn::functional;
  const double p = is_training() ? sizes_.dropout : 0.0;
  const auto dropout = [&](const torch::Tensor& x) {
    return p > 0 ? F::dropout(x, F::DropoutFuncOptions().p(p).training(true)) : x;
  };
  const std::int64_t length = batch.words.size(1);
  // Packing keeps the backward LSTM from reading padding, so a sentence's analysis does not
  // depend on the other sentences of its batch.
  auto packed = torch::nn::utils::rnn::pack_padded_sequence(dropout(Embed(batch)), batch.lengths,
                                                            /*batch_first=*/true,
                                                            /*enforce_sorted=*/false);
  auto encoded = std::get<0>(torch::nn::utils::rnn::pad_packed_sequence(
      std::get<0>(lstm_->forward_with_packed_input(packed)), /*batch_first=*/true,
      /*padding_value=*/0.0, length));
  encoded = dropout(encoded);
  const auto mlp = [&](torch::nn::Linear& layer) {
    return dropout(F::leaky_relu(layer(encoded), F::LeakyReLUFuncOptions().negative_slope(0.1)));
  };
  torch::Tensor dependents = mlp(arc_dependent_), heads = mlp(arc_head_);
  torch::Tensor arcs =
      torch::matmul(torch::matmul(dependents, arc_weight_), heads.transpose(1, 2)) +
      torch::matmul(heads, arc_head_bias_).unsqueeze(1);
  torch::Tensor is_head = torch::arange(length).unsqueeze(0) < batch.lengths.unsqueeze(1);
  arcs = arcs.masked_fill(is_head.logical_not().unsqueeze(1), -1e9);
  return {arcs, mlp(label_dependent_), mlp(label_head_)};
}

torch::Tensor BiaffineNetworkImpl::LabelScores(const Output& output, const torch::Tensor& heads) {
  const torch::Tensor& dependents = output.label_dependents;
  const std::int64_t dim = sizes_.label_dim;
  torch::Tensor head_vectors =
      output.label_heads.gather(1, heads.unsqueeze(-1).expand({-1, -1, dim}));
  torch::Tensor one = torch::ones({dependents.size(0), dependents.size(1), 1});
  torch::Tensor d = torch::cat({dependents, one}, -1), h = torch::cat({head_vectors, one}, -1);
  // d · W_l · h for every relation l, as one matrix product.
  torch::Tensor weights = label_weight_.permute({1, 0, 2}).reshape({dim + 1, -1});
  torch::Tensor projected =
      torch::matmul(d, weights).view({d.size(0), d.size(1), sizes_.labels, dim + 1});
  return (projected * h.unsqueeze(2)).sum(-1);
}

}  // namespace kgraph

namespace kgraph {

BiaffineBatch MakeBiaffineBatch(const std::vector<std::vector<BiaffineWordIds>>& sentences) {
  const std::int64_t batch = static_cast<std::int64_t>(sentences.size());
  std::int64_t length = 1;
  for (const auto& words : sentences)
    length = std::max<std::int64_t>(length, static_cast<std::int64_t>(words.size()) + 1);
  const auto zeros = [&] { return torch::zeros({batch, length}, torch::kInt64); };
  BiaffineBatch out{
      zeros(), zeros(), zeros(), zeros(), zeros(), zeros(), torch::zeros({batch}, torch::kInt64)};
  auto words = out.words.accessor<std::int64_t, 2>(), xpos = out.xpos.accessor<std::int64_t, 2>(),
       upos = out.upos.accessor<std::int64_t, 2>(),
       suffixes = out.suffixes.accessor<std::int64_t, 2>(),
       prefixes = out.prefixes.accessor<std::int64_t, 2>(),
       shapes = out.shapes.accessor<std::int64_t, 2>();
  auto lengths = out.lengths.accessor<std::int64_t, 1>();
  for (std::int64_t b = 0; b < batch; ++b) {
    const std::vector<BiaffineWordIds>& sentence = sentences[b];
    lengths[b] = static_cast<std::int64_t>(sentence.size()) + 1;
    for (std::int64_t i = 0; i < lengths[b]; ++i) {
      const BiaffineWordIds ids = i == 0 ? BiaffineVocabulary::RootIds() : sentence[i - 1];
      words[b][i] = ids.word, xpos[b][i] = ids.xpos, upos[b][i] = ids.upos;
      suffixes[b][i] = ids.suffix, prefixes[b][i] = ids.prefix, shapes[b][i] = ids.shape;
    }
  }
  return out;
}

}  // namespace kgraph
