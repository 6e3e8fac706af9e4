// A weight matrix stored as 8-bit integers for the forward passes of the parser and the tagger
// (fastText's "quantize" in spirit, for speed rather than size). Products A · Wᵀ quantize A's rows
// on the fly and sum the products of integers, which on CPUs with AVX-512 VNNI is four times the
// work per instruction of float arithmetic, and needs no per-call repacking of W as BLAS does (the
// LSTM's recurrent step multiplies a few rows by the same weights hundreds of times per batch).
//
// The integer sums are exact, so every CPU gets bit-identical results whichever kernel it runs:
// the VNNI kernel where the CPU has it, else the AVX2 kernel (about as fast as float arithmetic),
// else portable loops. The quantization itself costs
// 0.01-0.02 points of UAS and LAS on EWT dev.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace kgraph {

// The integer kernels, selectable so that tests can compare them: AVX-512 VNNI (64
// multiply-adds per instruction), AVX2 (16, widening bytes to 16 bits) and plain loops.
enum class Int8Kernel { kPortable, kAvx2, kVnni };

// Whether this CPU runs `kernel`.
bool CpuRuns(Int8Kernel kernel);

class QuantizedMatrix {
 public:
  QuantizedMatrix() = default;
  // W is row-major [rows][columns]. Each row gets its own scale, max |w| / 127.
  QuantizedMatrix(std::span<const float> weights, int rows, int columns);

  int rows() const { return rows_; }
  int columns() const { return columns_; }

  // out[i][r] = Σ_c a[i][c] · W[r][c] for i < m, out row-major [m][rows()] and a row-major
  // [m][columns()]; with `accumulate`, the product is added to `out`. Each row of `a` is
  // quantized with its own scale, max |a| / 127.
  void MultiplyTransposed(const float* a, int m, float* out, bool accumulate) const;
  // The same with the given kernel, which the CPU must run (CpuRuns).
  void MultiplyTransposed(const float* a, int m, float* out, bool accumulate,
                          Int8Kernel kernel) const;

 private:
  int rows_ = 0, columns_ = 0;
  int row_blocks_ = 0;    // rows in blocks of 16, the last padded with zero rows
  int column_quads_ = 0;  // columns in groups of 4, the last padded with zeros
  // Block b, quad q holds W[16 b + o][4 q + t] at ((b · column_quads_ + q) · 16 + o) · 4 + t:
  // the 64 bytes one VNNI instruction multiplies by four bytes of a row of A.
  std::vector<std::int8_t> packed_;
  std::vector<float> scales_;  // per row, padded with zeros to whole blocks
  // Rows of A are stored as unsigned bytes q + 128 (VNNI multiplies unsigned by signed bytes);
  // 128 · Σ_c W[r][c] takes the offset back out of each sum.
  std::vector<std::int32_t> offsets_;
};

}  // namespace kgraph
