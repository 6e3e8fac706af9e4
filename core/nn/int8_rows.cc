#include "core/nn/int8_rows.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace kgraph {

void WriteInt8Rows(ModelWriter& writer, std::span<const float> values, std::int64_t columns) {
  const std::size_t width = static_cast<std::size_t>(columns);
  const std::size_t rows = width == 0 ? 0 : values.size() / width;
  writer.WriteU64(rows);
  writer.WriteU64(width);
  std::vector<float> scales(rows);
  std::string bytes(values.size(), '\0');
  for (std::size_t r = 0; r < rows; ++r) {
    const std::span<const float> row = values.subspan(r * width, width);
    float max = 0;
    for (float value : row) max = std::max(max, std::fabs(value));
    scales[r] = max / 127.0f;
    for (std::size_t c = 0; c < width; ++c) {
      const long q = scales[r] > 0 ? std::lrint(row[c] / scales[r]) : 0;
      bytes[r * width + c] = static_cast<char>(static_cast<std::int8_t>(q));
    }
  }
  writer.WriteString(std::string_view(reinterpret_cast<const char*>(scales.data()),
                                      scales.size() * sizeof(float)));
  writer.WriteString(bytes);
}

std::vector<float> ReadInt8Rows(ModelReader& reader, std::int64_t count, std::int64_t columns) {
  const std::uint64_t rows = reader.ReadU64(), width = reader.ReadU64();
  if (columns <= 0 || width != static_cast<std::uint64_t>(columns) ||
      rows * width != static_cast<std::uint64_t>(count)) {
    reader.Fail("model matrix has another size");
  }
  const std::string_view scale_bytes = reader.ReadView(reader.ReadU32());
  const std::string_view bytes = reader.ReadView(reader.ReadU32());
  if (scale_bytes.size() != rows * sizeof(float) || bytes.size() != rows * width) {
    reader.Fail("model matrix has another size");
  }
  std::vector<float> scales(rows);
  std::memcpy(scales.data(), scale_bytes.data(), scale_bytes.size());
  std::vector<float> values(bytes.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    values[i] = static_cast<float>(static_cast<std::int8_t>(bytes[i])) * scales[i / width];
  }
  return values;
}

}  // namespace kgraph
