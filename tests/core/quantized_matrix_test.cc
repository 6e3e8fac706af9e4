// Products with 8-bit weights: close to the float product, and bit-identical whichever kernel
// computes them, so that parses do not depend on the CPU.
#include "core/nn/quantized_matrix.h"

#include <gtest/gtest.h>

#include <cmath>
#include <iostream>
#include <random>

#include "core/error.h"

namespace kgraph {
namespace {

std::vector<float> RandomValues(std::size_t count, std::mt19937& random) {
  std::normal_distribution<float> normal(0.0f, 1.0f);
  std::vector<float> values(count);
  for (float& value : values) value = normal(random);
  return values;
}

// out[i][r] = Σ_c a[i][c] · w[r][c] in double precision.
std::vector<double> ExactProduct(const std::vector<float>& a, const std::vector<float>& w, int m,
                                 int rows, int columns) {
  std::vector<double> out(static_cast<std::size_t>(m) * rows, 0.0);
  for (int i = 0; i < m; ++i) {
    for (int r = 0; r < rows; ++r) {
      for (int c = 0; c < columns; ++c)
        out[i * rows + r] += double{a[i * columns + c]} * double{w[r * columns + c]};
    }
  }
  return out;
}

TEST(QuantizedMatrix, MultipliesCloseToTheFloatProduct) {
  std::mt19937 random(7);
  const int m = 9, rows = 37, columns = 70;
  const std::vector<float> w = RandomValues(static_cast<std::size_t>(rows) * columns, random);
  const std::vector<float> a = RandomValues(static_cast<std::size_t>(m) * columns, random);
  const QuantizedMatrix matrix(w, rows, columns);
  ASSERT_EQ(matrix.rows(), rows);
  ASSERT_EQ(matrix.columns(), columns);
  std::vector<float> out(static_cast<std::size_t>(m) * rows);
  matrix.MultiplyTransposed(a.data(), m, out.data(), false);
  const std::vector<double> exact = ExactProduct(a, w, m, rows, columns);
  // Each factor is off by at most half a step (max |row| / 254, about 0.012 here), so each of the
  // 70 terms errs by about 0.01 and their sum by about 0.08 (one standard deviation), against
  // sums that spread over about ±8 (70 products of unit variance).
  double worst = 0, squares = 0;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const double error = std::abs(out[i] - exact[i]);
    worst = std::max(worst, error);
    squares += error * error;
  }
  EXPECT_LT(std::sqrt(squares / static_cast<double>(out.size())), 0.12);
  EXPECT_LT(worst, 0.4);
  EXPECT_GT(worst, 0.0);  // it is quantized, not the float product
}

TEST(QuantizedMatrix, AccumulatesIntoTheOutput) {
  std::mt19937 random(8);
  const int m = 3, rows = 5, columns = 6;
  const std::vector<float> w = RandomValues(rows * columns, random);
  const std::vector<float> a = RandomValues(m * columns, random);
  const QuantizedMatrix matrix(w, rows, columns);
  std::vector<float> product(m * rows), accumulated(m * rows, 10.0f);
  matrix.MultiplyTransposed(a.data(), m, product.data(), false);
  matrix.MultiplyTransposed(a.data(), m, accumulated.data(), true);
  for (int i = 0; i < m * rows; ++i) EXPECT_EQ(accumulated[i], 10.0f + product[i]);
}

TEST(QuantizedMatrix, ZeroRowsGiveZeroProducts) {
  const int rows = 3, columns = 4;
  std::vector<float> w(rows * columns, 0.5f);
  std::fill(w.begin() + columns, w.begin() + 2 * columns, 0.0f);  // the second row of W is zero
  const std::vector<float> a = {0, 0, 0, 0, 1, 1, 1, 1};          // the first row of A is zero
  const QuantizedMatrix matrix(w, rows, columns);
  std::vector<float> out(2 * rows, -1.0f);
  matrix.MultiplyTransposed(a.data(), 2, out.data(), false);
  for (const int zero : {0, 1, 2, 4}) EXPECT_EQ(out[zero], 0.0f) << zero;
  EXPECT_NEAR(out[3], 2.0f, 1e-5);
  EXPECT_NEAR(out[5], 2.0f, 1e-5);
}

TEST(QuantizedMatrix, EveryKernelComputesTheSameBits) {
  std::vector<Int8Kernel> kernels;
  for (const Int8Kernel kernel : {Int8Kernel::kAvx2, Int8Kernel::kVnni}) {
    if (CpuRuns(kernel)) kernels.push_back(kernel);
  }
  if (kernels.empty()) GTEST_SKIP() << "this CPU has neither AVX2 nor AVX-512 VNNI";
  if (!CpuRuns(Int8Kernel::kVnni)) std::cerr << "this CPU lacks AVX-512 VNNI: not checked\n";
  std::mt19937 random(9);
  // Sizes around the kernels' block (16 rows of W), quad (4 columns) and tile (4 rows of A).
  for (const int m : {1, 3, 4, 5, 13}) {
    for (const int rows : {1, 15, 16, 17, 70}) {
      for (const int columns : {1, 3, 4, 65, 130}) {
        const std::vector<float> w = RandomValues(static_cast<std::size_t>(rows) * columns, random);
        const std::vector<float> a = RandomValues(static_cast<std::size_t>(m) * columns, random);
        const QuantizedMatrix matrix(w, rows, columns);
        for (const bool accumulate : {false, true}) {
          std::vector<float> portable(static_cast<std::size_t>(m) * rows, 1.5f);
          matrix.MultiplyTransposed(a.data(), m, portable.data(), accumulate,
                                    Int8Kernel::kPortable);
          for (const Int8Kernel kernel : kernels) {
            std::vector<float> fast(static_cast<std::size_t>(m) * rows, 1.5f);
            matrix.MultiplyTransposed(a.data(), m, fast.data(), accumulate, kernel);
            ASSERT_EQ(portable, fast)
                << (kernel == Int8Kernel::kVnni ? "VNNI " : "AVX2 ") << m << " x " << columns
                << " times " << rows << " x " << columns << (accumulate ? ", accumulating" : "");
          }
        }
      }
    }
  }
}

TEST(QuantizedMatrix, RejectsWeightsOfAnotherSize) {
  const std::vector<float> w(11, 1.0f);
  EXPECT_THROW(QuantizedMatrix(w, 3, 4), Error);
}

}  // namespace
}  // namespace kgraph
