#include "core/nn/bilstm.h"

#include <algorithm>
#include <numeric>

#include "core/error.h"

namespace kgraph {
namespace {

// tanh within 3e-7, branch-free so that loops over gates vectorize: a 13/6 rational
// approximation on inputs clamped to where tanh rounds to ±1 (Eigen's fast float tanh). The
// parser's LSTM calls it and the sigmoid about 6 million times per 10,000 words.
float Tanh(float x) {
  constexpr float kClamp = 7.90531110763549805f;
  // Ternaries on values, not std::min/std::max (which return references), so that GCC turns
  // them into vector min/max instructions.
  x = x < kClamp ? x : kClamp;
  x = x > -kClamp ? x : -kClamp;
  const float x2 = x * x;
  float p = -2.76076847742355e-16f;
  p = p * x2 + 2.00018790482477e-13f;
  p = p * x2 + -8.60467152213735e-11f;
  p = p * x2 + 5.12229709037114e-08f;
  p = p * x2 + 1.48572235717979e-05f;
  p = p * x2 + 6.37261928875436e-04f;
  p = p * x2 + 4.89352455891786e-03f;
  float q = 1.19825839466702e-06f;
  q = q * x2 + 1.18534705686654e-04f;
  q = q * x2 + 2.26843463243900e-03f;
  q = q * x2 + 4.89352518554385e-03f;
  return x * p / q;
}

float Sigmoid(float x) { return 0.5f + 0.5f * Tanh(0.5f * x); }

// One LSTM step of one sentence from its gate pre-activations (input, forget, cell, output, as
// libtorch orders them): updates the cell and hidden states in place.
__attribute__((target_clones("avx2", "default"))) void LstmCell(float* gates, float* cell,
                                                                float* hidden, int units) {
#pragma omp simd
  for (int i = 0; i < 2 * units; ++i) gates[i] = Sigmoid(gates[i]);
#pragma omp simd
  for (int i = 2 * units; i < 3 * units; ++i) gates[i] = Tanh(gates[i]);
#pragma omp simd
  for (int i = 3 * units; i < 4 * units; ++i) gates[i] = Sigmoid(gates[i]);
#pragma omp simd
  for (int i = 0; i < units; ++i) {
    cell[i] = gates[units + i] * cell[i] + gates[i] * gates[2 * units + i];
    hidden[i] = gates[3 * units + i] * Tanh(cell[i]);
  }
}

const std::vector<float>& Parameter(const NamedWeights& weights, const std::string& name) {
  auto found = weights.find(name);
  if (found == weights.end()) throw Error("model lacks the layer '" + name + "'");
  return found->second;
}

}  // namespace

void AppendBiLstmParameterSizes(const std::string& name, std::int64_t layers, std::int64_t input,
                                std::int64_t hidden,
                                std::vector<std::pair<std::string, std::int64_t>>& sizes) {
  const std::int64_t gates = 4 * hidden;
  for (std::int64_t layer = 0; layer < layers; ++layer) {
    const std::int64_t width = layer == 0 ? input : 2 * hidden;
    for (const char* direction : {"", "_reverse"}) {
      const std::string suffix = "_l" + std::to_string(layer) + direction;
      sizes.push_back({name + ".weight_ih" + suffix, gates * width});
      sizes.push_back({name + ".weight_hh" + suffix, gates * hidden});
      sizes.push_back({name + ".bias_ih" + suffix, gates});
      sizes.push_back({name + ".bias_hh" + suffix, gates});
    }
  }
}

BatchLayout BatchLayout::Of(std::span<const int> rows_of) {
  BatchLayout layout;
  for (int rows : rows_of) {
    layout.first.push_back(layout.rows);
    layout.rows_of.push_back(rows);
    layout.rows += rows;
  }
  layout.longest_first.resize(rows_of.size());
  std::iota(layout.longest_first.begin(), layout.longest_first.end(), 0);
  std::stable_sort(layout.longest_first.begin(), layout.longest_first.end(),
                   [&](int a, int b) { return layout.rows_of[a] > layout.rows_of[b]; });
  return layout;
}

QuantizedBiLstm::QuantizedBiLstm(const NamedWeights& weights, const std::string& name, int layers,
                                 int hidden)
    : hidden_(hidden) {
  const int gates = 4 * hidden;
  const auto matrix = [&](const std::string& parameter) {
    const std::vector<float>& values = Parameter(weights, parameter);
    if (values.empty() || values.size() % gates != 0)
      throw Error("model layer '" + parameter + "' has another size");
    return QuantizedMatrix(values, gates, static_cast<int>(values.size() / gates));
  };
  for (int layer = 0; layer < layers; ++layer) {
    for (const bool reverse : {false, true}) {
      const std::string suffix = "_l" + std::to_string(layer) + (reverse ? "_reverse" : "");
      Direction direction{matrix(name + ".weight_ih" + suffix),
                          matrix(name + ".weight_hh" + suffix),
                          Parameter(weights, name + ".bias_ih" + suffix),
                          Parameter(weights, name + ".bias_hh" + suffix)};
      (reverse ? backward_ : forward_).push_back(std::move(direction));
    }
  }
}

void QuantizedBiLstm::Run(const Direction& direction, const std::vector<float>& input,
                          const BatchLayout& layout, bool reverse,
                          std::vector<float>& output) const {
  const int hidden = hidden_, gates = 4 * hidden;
  // The input's contribution to every gate at every position of every sentence in one matrix
  // product; then the recurrence, one position at a time, for all sentences at once. Sentence k
  // of longest_first is still running at step t exactly when its length exceeds t, so the running
  // sentences are always the first few of that order.
  std::vector<float> pre(static_cast<std::size_t>(layout.rows) * gates);
  direction.input.MultiplyTransposed(input.data(), layout.rows, pre.data(), false);
  const float* bias_ih = direction.bias_ih.data();
  const float* bias_hh = direction.bias_hh.data();
  const int batch = static_cast<int>(layout.longest_first.size());
  std::vector<float> h(static_cast<std::size_t>(batch) * hidden, 0.0f);
  std::vector<float> c(h.size(), 0.0f), g(static_cast<std::size_t>(batch) * gates);
  const int steps = batch == 0 ? 0 : layout.rows_of[layout.longest_first[0]];
  std::vector<int> rows(batch);
  for (int step = 0, running = batch; step < steps; ++step) {
    while (layout.rows_of[layout.longest_first[running - 1]] <= step) --running;
    for (int k = 0; k < running; ++k) {
      const int s = layout.longest_first[k];
      rows[k] = layout.first[s] + (reverse ? layout.rows_of[s] - 1 - step : step);
      const float* row = pre.data() + static_cast<std::size_t>(rows[k]) * gates;
      float* out = g.data() + static_cast<std::size_t>(k) * gates;
      for (int i = 0; i < gates; ++i) out[i] = row[i] + bias_ih[i] + bias_hh[i];
    }
    direction.recurrent.MultiplyTransposed(h.data(), running, g.data(), true);
    for (int k = 0; k < running; ++k) {
      float* state = h.data() + static_cast<std::size_t>(k) * hidden;
      LstmCell(g.data() + static_cast<std::size_t>(k) * gates,
               c.data() + static_cast<std::size_t>(k) * hidden, state, hidden);
      std::copy_n(
          state, hidden,
          output.data() + static_cast<std::size_t>(rows[k]) * 2 * hidden + (reverse ? hidden : 0));
    }
  }
}

std::vector<float> QuantizedBiLstm::Encode(std::vector<float> input,
                                           const BatchLayout& layout) const {
  for (std::size_t layer = 0; layer < forward_.size(); ++layer) {
    std::vector<float> output(static_cast<std::size_t>(layout.rows) * 2 * hidden_);
    Run(forward_[layer], input, layout, false, output);
    Run(backward_[layer], input, layout, true, output);
    input = std::move(output);
  }
  return input;
}

}  // namespace kgraph
