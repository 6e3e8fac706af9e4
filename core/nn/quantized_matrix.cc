#include "core/nn/quantized_matrix.h"

#include <immintrin.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/error.h"

namespace kgraph {
namespace {

constexpr int kBlockRows = 16;  // W rows per packed block: the 16 int32 lanes of a register
constexpr int kQuad = 4;        // bytes each lane multiplies and sums per instruction
constexpr int kTileRows = 4;    // rows of A per pass of the kernels

int RoundUp(int value, int multiple) { return (value + multiple - 1) / multiple * multiple; }

// x / scale rounded to the nearest integer (ties to even) in [-127, 127], where scale = max |x| /
// 127 is passed as its inverse. Adding and subtracting 1.5 · 2^23 rounds as the FPU does, without
// the library call std::nearbyint costs where SSE 4.1 cannot be assumed; the clamps, written as
// ternaries on values so that loops vectorize, also map NaN to 127.
int QuantizeValue(float x, float inverse_scale) {
  constexpr float kRound = 12582912.0f;
  float v = (x * inverse_scale + kRound) - kRound;
  v = v < 127.0f ? v : 127.0f;
  v = v > -127.0f ? v : -127.0f;
  return static_cast<int>(v);
}

// Eight running maxima rather than one, so that the loop vectorizes without reassociating (a
// maximum is exact in any order).
__attribute__((target_clones("avx2", "default"))) float MaxMagnitude(const float* values,
                                                                     int count) {
  constexpr int kLanes = 8;
  float lanes[kLanes] = {};
  const auto take = [](float& max, float value) {
    const float magnitude = std::abs(value);
    max = magnitude > max ? magnitude : max;  // a ternary on values vectorizes; std::max does not
  };
  int i = 0;
  for (; i + kLanes <= count; i += kLanes) {
    for (int l = 0; l < kLanes; ++l) take(lanes[l], values[i + l]);
  }
  for (; i < count; ++i) take(lanes[0], values[i]);
  float max = 0.0f;
  for (const float lane : lanes) take(max, lane);
  return max;
}

// The rows of A as unsigned bytes q + 128, rows padded to a multiple of kTileRows and columns to
// `quads` · 4 with zeros (the byte 128), and each row's scale.
struct QuantizedRows {
  std::vector<std::uint8_t> bytes;
  std::vector<float> scales;
};

QuantizedRows QuantizeRows(const float* a, int m, int columns, int quads) {
  const int stride = quads * kQuad;
  QuantizedRows rows{
      std::vector<std::uint8_t>(static_cast<std::size_t>(RoundUp(m, kTileRows)) * stride, 128),
      std::vector<float>(m, 0.0f)};
  for (int i = 0; i < m; ++i) {
    const float* row = a + static_cast<std::size_t>(i) * columns;
    const float max = MaxMagnitude(row, columns);
    if (!(max > 0.0f)) continue;  // an all-zero row stays zero
    rows.scales[i] = max / 127.0f;
    const float inverse = 127.0f / max;
    std::uint8_t* out = rows.bytes.data() + static_cast<std::size_t>(i) * stride;
    for (int c = 0; c < columns; ++c)
      out[c] = static_cast<std::uint8_t>(QuantizeValue(row[c], inverse) + 128);
  }
  return rows;
}

// Where a product's results go and how its integer sums become them:
// out[i][r] = (sum[i][r] - offsets[r]) · (row_scales[i] · column_scales[r]), added to what `out`
// holds with `accumulate`. Both kernels compute exactly this, in this order.
struct Epilogue {
  const float* row_scales;      // A's, [m]
  const float* column_scales;   // W's, padded to whole blocks
  const std::int32_t* offsets;  // padded to whole blocks
  float* out;
  int m, n;  // out is [m][n]
  bool accumulate;
};

float Dequantize(std::int32_t sum, std::int32_t offset, float row_scale, float column_scale) {
  return static_cast<float>(sum - offset) * (row_scale * column_scale);
}

// Dequantize's results for the sums of row `i` of A with block `b` of W (16 outputs).
void StoreBlock(const std::int32_t* sums, int i, int b, const Epilogue& epilogue) {
  float* out = epilogue.out + static_cast<std::size_t>(i) * epilogue.n;
  for (int o = 0; o < kBlockRows && b * kBlockRows + o < epilogue.n; ++o) {
    const int r = b * kBlockRows + o;
    const float value =
        Dequantize(sums[o], epilogue.offsets[r], epilogue.row_scales[i], epilogue.column_scales[r]);
    out[r] = epilogue.accumulate ? out[r] + value : value;
  }
}

// The products of `a`'s rows (quantized bytes, `quads` · 4 per row) with every block of W.
void MultiplyPortable(const std::uint8_t* a, int quads, const std::int8_t* packed, int blocks,
                      const Epilogue& epilogue) {
  const int stride = quads * kQuad;
  for (int i = 0; i < epilogue.m; ++i) {
    const std::uint8_t* row = a + static_cast<std::size_t>(i) * stride;
    for (int b = 0; b < blocks; ++b) {
      std::int32_t sums[kBlockRows] = {};
      const std::int8_t* block = packed + static_cast<std::size_t>(b) * quads * kBlockRows * kQuad;
      for (int q = 0; q < quads; ++q) {
        const std::int8_t* lanes = block + q * kBlockRows * kQuad;
        for (int o = 0; o < kBlockRows; ++o) {
          for (int t = 0; t < kQuad; ++t)
            sums[o] += std::int32_t{row[q * kQuad + t]} * std::int32_t{lanes[o * kQuad + t]};
        }
      }
      StoreBlock(sums, i, b, epilogue);
    }
  }
}

// Sums of one block of W (16 outputs) with `Rows` rows of A on AVX2. Per quad of columns, a
// row's four bytes (zero-extended to 16 bits, repeated) multiply the block's 64 weight bytes
// (sign-extended, in four registers of four outputs), and _mm256_madd_epi16 adds the products in
// pairs into 32-bit lanes, two lanes per output, added together at the end. Every product and
// sum is exact. Two rows at a time share the widened weights within AVX2's 16 registers.
template <int Rows>
__attribute__((target("avx2"))) void Avx2Rows(const std::uint8_t* a, int stride, int quads,
                                              const std::int8_t* block, int first_row, int b,
                                              const Epilogue& epilogue) {
  __m256i sums[Rows][4];
  for (auto& row : sums) {
    for (__m256i& sum : row) sum = _mm256_setzero_si256();
  }
  for (int q = 0; q < quads; ++q) {
    const std::int8_t* weights = block + q * kBlockRows * kQuad;
    __m256i words[4];
    for (int j = 0; j < 4; ++j) {
      words[j] =
          _mm256_cvtepi8_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(weights + 16 * j)));
    }
    for (int r = 0; r < Rows; ++r) {
      std::int32_t four_bytes;
      std::memcpy(&four_bytes, a + static_cast<std::size_t>(r) * stride + q * kQuad, kQuad);
      const __m256i bytes =
          _mm256_broadcastq_epi64(_mm_cvtepu8_epi16(_mm_cvtsi32_si128(four_bytes)));
      for (int j = 0; j < 4; ++j)
        sums[r][j] = _mm256_add_epi32(sums[r][j], _mm256_madd_epi16(words[j], bytes));
    }
  }
  for (int r = 0; r < Rows; ++r) {
    // hadd gives outputs 0, 1, 4, 5 | 2, 3, 6, 7 of a register pair; the permutation orders them.
    std::int32_t out[kBlockRows];
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out),
                        _mm256_permute4x64_epi64(_mm256_hadd_epi32(sums[r][0], sums[r][1]), 0xD8));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out + 8),
                        _mm256_permute4x64_epi64(_mm256_hadd_epi32(sums[r][2], sums[r][3]), 0xD8));
    StoreBlock(out, first_row + r, b, epilogue);
  }
}

__attribute__((target("avx2"))) void MultiplyAvx2(const std::uint8_t* a, int quads,
                                                  const std::int8_t* packed, int blocks,
                                                  const Epilogue& epilogue) {
  const int stride = quads * kQuad;
  const std::size_t block_bytes = static_cast<std::size_t>(quads) * kBlockRows * kQuad;
  for (int b = 0; b < blocks; ++b) {
    const std::int8_t* block = packed + b * block_bytes;
    int i = 0;
    for (; i + 2 <= epilogue.m; i += 2)
      Avx2Rows<2>(a + static_cast<std::size_t>(i) * stride, stride, quads, block, i, b, epilogue);
    if (i < epilogue.m)
      Avx2Rows<1>(a + static_cast<std::size_t>(i) * stride, stride, quads, block, i, b, epilogue);
  }
}

// `Blocks` consecutive blocks of W, from block `first`, against the tile of rows of A starting at
// row `first_row`: kTileRows × Blocks registers of sums, each VNNI instruction adding 16 lanes × 4
// byte products; then Dequantize's arithmetic on 16 lanes at once.
template <int Blocks>
__attribute__((target("avx512f,avx512bw,avx512vnni"))) void VnniTile(const std::uint8_t* a,
                                                                     int quads,
                                                                     const std::int8_t* packed,
                                                                     int first_row, int first,
                                                                     const Epilogue& epilogue) {
  __m512i sums[kTileRows][Blocks];
  for (auto& row : sums) {
    for (__m512i& sum : row) sum = _mm512_setzero_si512();
  }
  const std::size_t block_bytes = static_cast<std::size_t>(quads) * kBlockRows * kQuad;
  for (int q = 0; q < quads; ++q) {
    __m512i weights[Blocks];
    for (int b = 0; b < Blocks; ++b)
      weights[b] = _mm512_loadu_si512(packed + b * block_bytes + q * kBlockRows * kQuad);
    for (int r = 0; r < kTileRows; ++r) {
      std::int32_t four_bytes;
      std::memcpy(&four_bytes, a + (static_cast<std::size_t>(r) * quads + q) * kQuad, kQuad);
      const __m512i broadcast = _mm512_set1_epi32(four_bytes);
      for (int b = 0; b < Blocks; ++b)
        sums[r][b] = _mm512_dpbusd_epi32(sums[r][b], broadcast, weights[b]);
    }
  }
  for (int r = 0; r < kTileRows && first_row + r < epilogue.m; ++r) {
    const __m512 row_scale = _mm512_set1_ps(epilogue.row_scales[first_row + r]);
    float* out = epilogue.out + static_cast<std::size_t>(first_row + r) * epilogue.n;
    for (int b = 0; b < Blocks; ++b) {
      const int column = (first + b) * kBlockRows;
      const int lanes = std::min(kBlockRows, epilogue.n - column);
      // The masked conversion also spares GCC 12 a false "may be used uninitialized" warning.
      const __mmask16 mask = static_cast<__mmask16>((1u << lanes) - 1);
      const __m512i offsets = _mm512_loadu_si512(epilogue.offsets + column);
      const __m512 scales =
          _mm512_mul_ps(row_scale, _mm512_loadu_ps(epilogue.column_scales + column));
      __m512 value = _mm512_mul_ps(
          _mm512_maskz_cvtepi32_ps(mask, _mm512_sub_epi32(sums[r][b], offsets)), scales);
      if (epilogue.accumulate)
        value = _mm512_add_ps(_mm512_maskz_loadu_ps(mask, out + column), value);
      _mm512_mask_storeu_ps(out + column, mask, value);
    }
  }
}

__attribute__((target("avx512f,avx512bw,avx512vnni"))) void MultiplyVnni(const std::uint8_t* a,
                                                                         int tiles, int quads,
                                                                         const std::int8_t* packed,
                                                                         int blocks,
                                                                         const Epilogue& epilogue) {
  constexpr int kWide = 4;  // 16 sums and 4 weight registers of AVX-512's 32
  const int stride = quads * kQuad;
  const std::size_t block_bytes = static_cast<std::size_t>(quads) * kBlockRows * kQuad;
  for (int tile = 0; tile < tiles; ++tile) {
    const std::uint8_t* rows = a + static_cast<std::size_t>(tile) * kTileRows * stride;
    int b = 0;
    for (; b + kWide <= blocks; b += kWide)
      VnniTile<kWide>(rows, quads, packed + b * block_bytes, tile * kTileRows, b, epilogue);
    for (; b < blocks; ++b)
      VnniTile<1>(rows, quads, packed + b * block_bytes, tile * kTileRows, b, epilogue);
  }
}

}  // namespace

bool CpuRuns(Int8Kernel kernel) {
  switch (kernel) {
    case Int8Kernel::kVnni:
      return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
             __builtin_cpu_supports("avx512vnni");
    case Int8Kernel::kAvx2:
      return __builtin_cpu_supports("avx2");
    case Int8Kernel::kPortable:
      return true;
  }
  return false;
}

QuantizedMatrix::QuantizedMatrix(std::span<const float> weights, int rows, int columns)
    : rows_(rows),
      columns_(columns),
      row_blocks_(RoundUp(rows, kBlockRows) / kBlockRows),
      column_quads_(RoundUp(columns, kQuad) / kQuad),
      packed_(static_cast<std::size_t>(row_blocks_) * kBlockRows * column_quads_ * kQuad, 0),
      scales_(static_cast<std::size_t>(row_blocks_) * kBlockRows, 0.0f),
      offsets_(scales_.size(), 0) {
  if (weights.size() != static_cast<std::size_t>(rows) * columns) {
    throw Error("quantized matrix: " + std::to_string(weights.size()) + " weights for " +
                std::to_string(rows) + " x " + std::to_string(columns));
  }
  for (int r = 0; r < rows; ++r) {
    const float* row = weights.data() + static_cast<std::size_t>(r) * columns;
    const float max = MaxMagnitude(row, columns);
    if (!(max > 0.0f)) continue;
    scales_[r] = max / 127.0f;
    const float inverse = 127.0f / max;
    const int block = r / kBlockRows, lane = r % kBlockRows;
    for (int c = 0; c < columns; ++c) {
      const int q = QuantizeValue(row[c], inverse);
      const std::size_t at =
          ((static_cast<std::size_t>(block) * column_quads_ + c / kQuad) * kBlockRows + lane) *
              kQuad +
          c % kQuad;
      packed_[at] = static_cast<std::int8_t>(q);
      offsets_[r] += 128 * q;
    }
  }
}

void QuantizedMatrix::MultiplyTransposed(const float* a, int m, float* out, bool accumulate) const {
  // The fastest kernel this CPU runs: a property of the machine, found once.
  static const Int8Kernel fastest = CpuRuns(Int8Kernel::kVnni)   ? Int8Kernel::kVnni
                                    : CpuRuns(Int8Kernel::kAvx2) ? Int8Kernel::kAvx2
                                                                 : Int8Kernel::kPortable;
  MultiplyTransposed(a, m, out, accumulate, fastest);
}

void QuantizedMatrix::MultiplyTransposed(const float* a, int m, float* out, bool accumulate,
                                         Int8Kernel kernel) const {
  if (m <= 0) return;
  const QuantizedRows quantized = QuantizeRows(a, m, columns_, column_quads_);
  const int tiles = RoundUp(m, kTileRows) / kTileRows;
  const Epilogue epilogue{
      quantized.scales.data(), scales_.data(), offsets_.data(), out, m, rows_, accumulate};
  switch (kernel) {
    case Int8Kernel::kVnni:
      MultiplyVnni(quantized.bytes.data(), tiles, column_quads_, packed_.data(), row_blocks_,
                   epilogue);
      break;
    case Int8Kernel::kAvx2:
      MultiplyAvx2(quantized.bytes.data(), column_quads_, packed_.data(), row_blocks_, epilogue);
      break;
    case Int8Kernel::kPortable:
      MultiplyPortable(quantized.bytes.data(), column_quads_, packed_.data(), row_blocks_,
                       epilogue);
      break;
  }
}

}  // namespace kgraph
