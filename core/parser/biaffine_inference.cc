#include "core/parser/biaffine_inference.h"

#include <cblas.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/error.h"
#include "core/nn/log_softmax.h"

namespace kgraph {
namespace {

// out[m][n] (+)= a[m][k] · b[n][k]ᵀ: a row-major input times a row-major weight matrix
// transposed, as torch::nn::Linear computes.
void MultiplyByTransposed(const float* a, const float* b, float* out, int m, int n, int k,
                          bool accumulate) {
  cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, m, n, k, 1.0f, a, k, b, k,
              accumulate ? 1.0f : 0.0f, out, n);
}

}  // namespace

BiaffineInference::BiaffineInference(const BiaffineSizes& sizes, BiaffineWeights weights)
    : sizes_(sizes), weights_(std::move(weights)) {
  for (const auto& [name, count] : BiaffineParameterSizes(sizes_)) {
    auto found = weights_.find(name);
    if (found == weights_.end()) throw Error("parser model lacks the layer '" + name + "'");
    if (static_cast<std::int64_t>(found->second.size()) != count) {
      throw Error("parser model layer '" + name + "' has another size");
    }
  }
  QuantizeWeights();
}

void BiaffineInference::QuantizeWeights() {
  const auto add = [&](const std::string& name, const std::vector<float>& values,
                       std::int64_t rows) {
    const auto columns = static_cast<int>(static_cast<std::int64_t>(values.size()) / rows);
    quantized_.emplace(name, QuantizedMatrix(values, static_cast<int>(rows), columns));
  };
  lstm_ = QuantizedBiLstm(weights_, "lstm", static_cast<int>(sizes_.layers),
                          static_cast<int>(sizes_.hidden));
  for (const auto& [name, dim] : {std::pair{"arc_dependent", sizes_.arc_dim},
                                  {"arc_head", sizes_.arc_dim},
                                  {"label_dependent", sizes_.label_dim},
                                  {"label_head", sizes_.label_dim}}) {
    add(std::string(name) + ".weight", weights_.at(std::string(name) + ".weight"), dim);
  }
  // dependents · U is a product by Uᵀ's rows.
  const std::int64_t arc_dim = sizes_.arc_dim;
  const std::vector<float>& u = weights_.at("arc_weight");
  std::vector<float> transposed(u.size());
  for (std::int64_t i = 0; i < arc_dim; ++i) {
    for (std::int64_t j = 0; j < arc_dim; ++j) transposed[j * arc_dim + i] = u[i * arc_dim + j];
  }
  add("arc_weight", transposed, arc_dim);
  // label_weight [l][i][e] as rows (l, e) over inputs i: one product then gives every word's
  // [d, 1] · W_l for all relations l at once.
  const std::int64_t labels = sizes_.labels, extended = sizes_.label_dim + 1;
  const std::vector<float>& by_label = weights_.at("label_weight");
  std::vector<float> by_output(by_label.size());
  for (std::int64_t l = 0; l < labels; ++l) {
    for (std::int64_t i = 0; i < extended; ++i) {
      for (std::int64_t e = 0; e < extended; ++e)
        by_output[(l * extended + e) * extended + i] = by_label[(l * extended + i) * extended + e];
    }
  }
  add("label_weight", by_output, labels * extended);
}

const float* BiaffineInference::Weight(const std::string& name) const {
  return weights_.at(name).data();
}

const QuantizedMatrix& BiaffineInference::Quantized(const std::string& name) const {
  return quantized_.at(name);
}

std::vector<float> BiaffineInference::Embed(std::span<const std::vector<BiaffineWordIds>> sentences,
                                            const BatchLayout& layout) const {
  const std::int64_t width = sizes_.InputDim();
  std::vector<float> input(static_cast<std::size_t>(layout.rows) * width);
  // The six tables, looked up by name once per batch rather than once per word.
  const float *word = Weight("word.weight"), *xpos = Weight("xpos.weight"),
              *upos = Weight("upos.weight"), *suffix = Weight("suffix.weight"),
              *prefix = Weight("prefix.weight"), *shape = Weight("shape.weight");
  float* out = input.data();
  for (const std::vector<BiaffineWordIds>& words : sentences) {
    for (std::size_t p = 0; p <= words.size(); ++p) {
      const BiaffineWordIds ids = p == 0 ? BiaffineVocabulary::RootIds() : words[p - 1];
      for (const auto& [table, id, dim] : {std::tuple{word, ids.word, sizes_.word_dim},
                                           {xpos, ids.xpos, sizes_.xpos_dim},
                                           {upos, ids.upos, sizes_.upos_dim},
                                           {suffix, ids.suffix, sizes_.suffix_dim},
                                           {prefix, ids.prefix, sizes_.prefix_dim},
                                           {shape, ids.shape, sizes_.shape_dim}}) {
        out = std::copy_n(table + id * dim, dim, out);
      }
    }
  }
  return input;
}

std::vector<float> BiaffineInference::Mlp(const std::vector<float>& input, int rows,
                                          const std::string& name, int out_dim) const {
  std::vector<float> out(static_cast<std::size_t>(rows) * out_dim);
  const float* bias = Weight(name + ".bias");
  for (int r = 0; r < rows; ++r) std::copy(bias, bias + out_dim, out.data() + r * out_dim);
  Quantized(name + ".weight").MultiplyTransposed(input.data(), rows, out.data(), true);
  for (float& value : out) value = value > 0 ? value : 0.1f * value;  // leaky ReLU
  return out;
}

std::vector<float> BiaffineInference::Arcs(const std::vector<float>& projected,
                                           const std::vector<float>& heads,
                                           const std::vector<float>& head_bias, int first,
                                           int positions) const {
  const int arc_dim = static_cast<int>(sizes_.arc_dim);
  std::vector<float> arcs(static_cast<std::size_t>(positions) * positions);
  for (int d = 0; d < positions; ++d) {
    std::copy_n(head_bias.begin() + first, positions, arcs.begin() + d * positions);
  }
  const std::size_t offset = static_cast<std::size_t>(first) * arc_dim;
  MultiplyByTransposed(projected.data() + offset, heads.data() + offset, arcs.data(), positions,
                       positions, arc_dim, true);
  LogSoftmaxRows(arcs.data(), positions, positions);
  return arcs;
}

std::vector<BiaffineInference::Scores> BiaffineInference::Score(
    std::span<const std::vector<BiaffineWordIds>> sentences) const {
  std::vector<int> positions;
  for (const std::vector<BiaffineWordIds>& words : sentences)
    positions.push_back(static_cast<int>(words.size()) + 1);
  const BatchLayout layout = BatchLayout::Of(positions);
  const std::vector<float> encoded = lstm_.Encode(Embed(sentences, layout), layout);
  const int rows = layout.rows, arc_dim = static_cast<int>(sizes_.arc_dim);
  const std::vector<float> dependents = Mlp(encoded, rows, "arc_dependent", arc_dim);
  const std::vector<float> heads = Mlp(encoded, rows, "arc_head", arc_dim);
  // arcs[d][h] = dependents[d] · U · heads[h] + heads[h] · u, within each sentence
  std::vector<float> projected(static_cast<std::size_t>(rows) * arc_dim);
  Quantized("arc_weight").MultiplyTransposed(dependents.data(), rows, projected.data(), false);
  std::vector<float> head_bias(rows);
  cblas_sgemv(CblasRowMajor, CblasNoTrans, rows, arc_dim, 1.0f, heads.data(), arc_dim,
              Weight("arc_head_bias"), 1, 0.0f, head_bias.data(), 1);
  const int label_dim = static_cast<int>(sizes_.label_dim);
  const std::vector<float> label_dependents = Mlp(encoded, rows, "label_dependent", label_dim);
  const std::vector<float> label_heads = Mlp(encoded, rows, "label_head", label_dim);
  std::vector<Scores> scores(sentences.size());
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const int first = layout.first[s], positions = layout.rows_of[s];
    scores[s].positions = positions;
    scores[s].arcs = Arcs(projected, heads, head_bias, first, positions);
    const auto slice = [&](const std::vector<float>& all) {
      const auto begin = all.begin() + static_cast<std::ptrdiff_t>(first) * label_dim;
      return std::vector<float>(begin, begin + static_cast<std::ptrdiff_t>(positions) * label_dim);
    };
    scores[s].label_dependents = slice(label_dependents);
    scores[s].label_heads = slice(label_heads);
  }
  return scores;
}

std::vector<float> BiaffineInference::LabelScores(const Scores& scores,
                                                  std::span<const int> heads) const {
  const int dim = static_cast<int>(sizes_.label_dim), extended = dim + 1;
  const int labels = static_cast<int>(sizes_.labels);
  const int words = static_cast<int>(heads.size());
  // [d, 1] · W_l · [h, 1] for every word d and relation l: first [d, 1] · W for all relations
  // at once (words × labels·extended), then the dot product with the head's [h, 1].
  std::vector<float> dependents(static_cast<std::size_t>(words) * extended, 1.0f);
  for (int w = 0; w < words; ++w) {
    std::copy_n(scores.label_dependents.begin() + (w + 1) * dim, dim,
                dependents.begin() + w * extended);
  }
  std::vector<float> projected(static_cast<std::size_t>(words) * labels * extended);
  Quantized("label_weight").MultiplyTransposed(dependents.data(), words, projected.data(), false);
  std::vector<float> out(static_cast<std::size_t>(words) * labels);
  std::vector<float> head(extended, 1.0f);
  for (int w = 0; w < words; ++w) {
    std::copy_n(scores.label_heads.begin() + heads[w] * dim, dim, head.begin());
    const float* row = projected.data() + static_cast<std::size_t>(w) * labels * extended;
    for (int l = 0; l < labels; ++l) {
      float sum = 0;
      for (int e = 0; e < extended; ++e) sum += row[l * extended + e] * head[e];
      out[w * labels + l] = sum;
    }
  }
  return out;
}

}  // namespace kgraph
