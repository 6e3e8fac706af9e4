// Storing a network's matrices in model files as 8-bit integers, one scale per row (max |w| /
// 127): a quarter of the bytes of floats. The forward passes multiply by 8-bit weights anyway
// (quantized_matrix.h), so rounding the stored weights to the same grid costs about as little;
// trainers score their networks after a round trip through these functions, so the model they
// select is the one that loads.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/io/model_file.h"

namespace kgraph {

// Writes `values`, a row-major matrix of `columns` columns.
void WriteInt8Rows(ModelWriter& writer, std::span<const float> values, std::int64_t columns);

// Reads what WriteInt8Rows wrote, as floats (each an integer times its row's scale); fails the
// reader unless it holds `count` values in rows of `columns`.
std::vector<float> ReadInt8Rows(ModelReader& reader, std::int64_t count, std::int64_t columns);

}  // namespace kgraph
