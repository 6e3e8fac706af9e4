// Multiply-adds per second of each 8-bit product kernel this CPU runs (quantized_matrix.h), on
// the shape of the shipped parser's largest products: 512 words (a batch) times the 512 × 256
// input weights of the LSTM's second layer. Every kernel computes the same bits; this measures
// what a CPU without AVX-512 VNNI (or without AVX2) gives up.
//
//   build/bench/kgraph_int8_bench [--runs N]
#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

#include "core/nn/quantized_matrix.h"

namespace kgraph {
namespace {

constexpr int kRows = 512, kColumns = 256, kInputRows = 512;

const char* KernelName(Int8Kernel kernel) {
  switch (kernel) {
    case Int8Kernel::kVnni:
      return "vnni";
    case Int8Kernel::kAvx2:
      return "avx2";
    case Int8Kernel::kPortable:
      return "portable";
  }
  return "?";
}

// Median seconds of one product over `runs` runs.
double MedianSeconds(const QuantizedMatrix& matrix, const std::vector<float>& input,
                     Int8Kernel kernel, int runs) {
  std::vector<float> out(static_cast<std::size_t>(kInputRows) * kRows);
  std::vector<double> seconds;
  for (int run = 0; run < runs; ++run) {
    const auto start = std::chrono::steady_clock::now();
    matrix.MultiplyTransposed(input.data(), kInputRows, out.data(), false, kernel);
    seconds.push_back(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(seconds.begin(), seconds.end());
  return seconds[seconds.size() / 2];
}

int Run(int runs) {
  std::mt19937 random(1);
  std::normal_distribution<float> normal(0.0f, 1.0f);
  std::vector<float> weights(static_cast<std::size_t>(kRows) * kColumns);
  std::vector<float> input(static_cast<std::size_t>(kInputRows) * kColumns);
  for (float& value : weights) value = normal(random);
  for (float& value : input) value = normal(random);
  const QuantizedMatrix matrix(weights, kRows, kColumns);
  const double multiply_adds = static_cast<double>(kInputRows) * kRows * kColumns;
  std::printf("%d x %d times (%d x %d)ᵀ, median of %d runs\n", kInputRows, kColumns, kRows,
              kColumns, runs);
  for (const Int8Kernel kernel : {Int8Kernel::kVnni, Int8Kernel::kAvx2, Int8Kernel::kPortable}) {
    if (!CpuRuns(kernel)) {
      std::printf("%-9s not run by this CPU\n", KernelName(kernel));
      continue;
    }
    const double seconds = MedianSeconds(matrix, input, kernel, runs);
    std::printf("%-9s %9.3f ms  %7.2f G multiply-adds/s\n", KernelName(kernel), 1e3 * seconds,
                multiply_adds / seconds / 1e9);
  }
  return 0;
}

}  // namespace
}  // namespace kgraph

int main(int argc, char** argv) {
  int runs = 101;
  CLI::App app("Speed of each 8-bit product kernel of the parser's forward pass",
               "kgraph_int8_bench");
  app.add_option("--runs", runs, "Runs per kernel (the median is reported)")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  CLI11_PARSE(app, argc, argv);
  return kgraph::Run(runs);
}
