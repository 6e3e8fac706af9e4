#include "core/parser/biaffine_inference.h"

#include <cblas.h>

#include <algorithm>
#include <cmath>

#include "core/error.h"

namespace kgraph {
namespace {

// tanh within 1e-6, by a rational (Padé) approximation where most gate inputs fall (|x| < 3),
// several times faster than std::tanh; the LSTM's gates call it and the sigmoid about 6 million
// times per 10,000 words.
float Tanh(float x) {
  const float magnitude = std::fabs(x);
  if (magnitude >= 3.0f) {
    return std::copysign(1.0f - 2.0f / (std::exp(2.0f * magnitude) + 1.0f), x);
  }
  const float x2 = x * x;
  const float numerator = x * (135135.0f + x2 * (17325.0f + x2 * (378.0f + x2)));
  const float denominator = 135135.0f + x2 * (62370.0f + x2 * (3150.0f + x2 * 28.0f));
  return numerator / denominator;
}

float Sigmoid(float x) { return 0.5f + 0.5f * Tanh(0.5f * x); }

// out[m][n] (+)= a[m][k] · b[n][k]ᵀ: a row-major input times a row-major weight matrix
// transposed, as torch::nn::Linear computes.
void MultiplyByTransposed(const float* a, const float* b, float* out, int m, int n, int k,
                          bool accumulate) {
  cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, m, n, k, 1.0f, a, k, b, k,
              accumulate ? 1.0f : 0.0f, out, n);
}

void LogSoftmaxRows(std::vector<float>& values, int rows, int columns) {
  for (int r = 0; r < rows; ++r) {
    float* row = values.data() + static_cast<std::size_t>(r) * columns;
    const float max = *std::max_element(row, row + columns);
    double sum = 0;
    for (int c = 0; c < columns; ++c) sum += std::exp(static_cast<double>(row[c] - max));
    const float log_sum = max + static_cast<float>(std::log(sum));
    for (int c = 0; c < columns; ++c) row[c] -= log_sum;
  }
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
  const std::int64_t labels = sizes_.labels, extended = sizes_.label_dim + 1;
  const std::vector<float>& by_label = weights_.at("label_weight");
  label_weight_by_input_.resize(by_label.size());
  for (std::int64_t l = 0; l < labels; ++l) {
    for (std::int64_t i = 0; i < extended; ++i) {
      std::copy_n(by_label.begin() + (l * extended + i) * extended, extended,
                  label_weight_by_input_.begin() + (i * labels + l) * extended);
    }
  }
}

const float* BiaffineInference::Weight(const std::string& name) const {
  return weights_.at(name).data();
}

std::vector<float> BiaffineInference::Embed(std::span<const BiaffineWordIds> words) const {
  const int positions = static_cast<int>(words.size()) + 1;
  const std::int64_t width = sizes_.InputDim();
  std::vector<float> input(static_cast<std::size_t>(positions) * width);
  // The six tables, looked up by name once per sentence rather than once per word.
  const float *word = Weight("word.weight"), *xpos = Weight("xpos.weight"),
              *upos = Weight("upos.weight"), *suffix = Weight("suffix.weight"),
              *prefix = Weight("prefix.weight"), *shape = Weight("shape.weight");
  for (int p = 0; p < positions; ++p) {
    const BiaffineWordIds ids = p == 0 ? BiaffineVocabulary::RootIds() : words[p - 1];
    float* out = input.data() + p * width;
    for (const auto& [table, id, dim] : {std::tuple{word, ids.word, sizes_.word_dim},
                                         {xpos, ids.xpos, sizes_.xpos_dim},
                                         {upos, ids.upos, sizes_.upos_dim},
                                         {suffix, ids.suffix, sizes_.suffix_dim},
                                         {prefix, ids.prefix, sizes_.prefix_dim},
                                         {shape, ids.shape, sizes_.shape_dim}}) {
      out = std::copy_n(table + id * dim, dim, out);
    }
  }
  return input;
}

void BiaffineInference::LstmDirection(const std::vector<float>& input, int positions, int input_dim,
                                      const std::string& suffix, bool reverse,
                                      std::vector<float>& output) const {
  const int hidden = static_cast<int>(sizes_.hidden), gates = 4 * hidden;
  // The input's contribution to every gate at every position in one matrix product, then the
  // recurrence one position at a time. Gate order as in libtorch: input, forget, cell, output.
  std::vector<float> pre(static_cast<std::size_t>(positions) * gates);
  MultiplyByTransposed(input.data(), Weight("lstm.weight_ih" + suffix), pre.data(), positions,
                       gates, input_dim, false);
  const float* bias_ih = Weight("lstm.bias_ih" + suffix);
  const float* bias_hh = Weight("lstm.bias_hh" + suffix);
  const float* recurrent = Weight("lstm.weight_hh" + suffix);
  std::vector<float> h(hidden, 0.0f), c(hidden, 0.0f), g(gates);
  for (int step = 0; step < positions; ++step) {
    const int p = reverse ? positions - 1 - step : step;
    const float* row = pre.data() + static_cast<std::size_t>(p) * gates;
    for (int i = 0; i < gates; ++i) g[i] = row[i] + bias_ih[i] + bias_hh[i];
    cblas_sgemv(CblasRowMajor, CblasNoTrans, gates, hidden, 1.0f, recurrent, hidden, h.data(), 1,
                1.0f, g.data(), 1);
    float* out = output.data() + static_cast<std::size_t>(p) * 2 * hidden + (reverse ? hidden : 0);
    for (int i = 0; i < hidden; ++i) {
      const float input_gate = Sigmoid(g[i]), forget_gate = Sigmoid(g[hidden + i]);
      const float cell = Tanh(g[2 * hidden + i]), output_gate = Sigmoid(g[3 * hidden + i]);
      c[i] = forget_gate * c[i] + input_gate * cell;
      h[i] = output_gate * Tanh(c[i]);
      out[i] = h[i];
    }
  }
}

std::vector<float> BiaffineInference::Lstm(const std::vector<float>& input, int positions,
                                           int input_dim, int layer) const {
  std::vector<float> output(static_cast<std::size_t>(positions) * 2 * sizes_.hidden);
  const std::string suffix = "_l" + std::to_string(layer);
  LstmDirection(input, positions, input_dim, suffix, false, output);
  LstmDirection(input, positions, input_dim, suffix + "_reverse", true, output);
  return output;
}

std::vector<float> BiaffineInference::Mlp(const std::vector<float>& input, int positions,
                                          const std::string& name, int out_dim) const {
  const int in_dim = static_cast<int>(2 * sizes_.hidden);
  std::vector<float> out(static_cast<std::size_t>(positions) * out_dim);
  const float* bias = Weight(name + ".bias");
  for (int p = 0; p < positions; ++p) std::copy(bias, bias + out_dim, out.data() + p * out_dim);
  MultiplyByTransposed(input.data(), Weight(name + ".weight"), out.data(), positions, out_dim,
                       in_dim, true);
  for (float& value : out) value = value > 0 ? value : 0.1f * value;  // leaky ReLU
  return out;
}

BiaffineInference::Scores BiaffineInference::Score(std::span<const BiaffineWordIds> words) const {
  const int positions = static_cast<int>(words.size()) + 1;
  std::vector<float> encoded = Embed(words);
  int width = static_cast<int>(sizes_.InputDim());
  for (int layer = 0; layer < sizes_.layers; ++layer) {
    encoded = Lstm(encoded, positions, width, layer);
    width = static_cast<int>(2 * sizes_.hidden);
  }
  const int arc_dim = static_cast<int>(sizes_.arc_dim);
  const std::vector<float> dependents = Mlp(encoded, positions, "arc_dependent", arc_dim);
  const std::vector<float> heads = Mlp(encoded, positions, "arc_head", arc_dim);
  // arcs[d][h] = dependents[d] · U · heads[h] + heads[h] · u
  std::vector<float> projected(static_cast<std::size_t>(positions) * arc_dim);
  cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, positions, arc_dim, arc_dim, 1.0f,
              dependents.data(), arc_dim, Weight("arc_weight"), arc_dim, 0.0f, projected.data(),
              arc_dim);
  std::vector<float> head_bias(positions);
  cblas_sgemv(CblasRowMajor, CblasNoTrans, positions, arc_dim, 1.0f, heads.data(), arc_dim,
              Weight("arc_head_bias"), 1, 0.0f, head_bias.data(), 1);
  Scores scores;
  scores.positions = positions;
  scores.arcs.resize(static_cast<std::size_t>(positions) * positions);
  for (int d = 0; d < positions; ++d)
    std::copy(head_bias.begin(), head_bias.end(), scores.arcs.begin() + d * positions);
  MultiplyByTransposed(projected.data(), heads.data(), scores.arcs.data(), positions, positions,
                       arc_dim, true);
  LogSoftmaxRows(scores.arcs, positions, positions);
  const int label_dim = static_cast<int>(sizes_.label_dim);
  scores.label_dependents = Mlp(encoded, positions, "label_dependent", label_dim);
  scores.label_heads = Mlp(encoded, positions, "label_head", label_dim);
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
  cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, words, labels * extended, extended, 1.0f,
              dependents.data(), extended, label_weight_by_input_.data(), labels * extended, 0.0f,
              projected.data(), labels * extended);
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
