// Binary model files: a small, versioned, checksummed container for trained models.
//
// Layout (all integers little-endian):
//   magic "KGRAPHM1" | kind (u32 length + bytes, e.g. "tagger") | version u32 |
//   payload size u64 | payload bytes | CRC-32 of the payload u32
// A reader checks every field before trusting the payload, so a truncated, foreign or corrupted
// file is a clear error naming the file and byte offset, never a crash or a silently bad model.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kgraph {

// Appends primitive values to a growing payload.
class ModelWriter {
 public:
  void WriteU8(std::uint8_t value);
  void WriteU16(std::uint16_t value);
  void WriteU32(std::uint32_t value);
  void WriteU64(std::uint64_t value);
  void WriteF32(float value);
  void WriteString(std::string_view value);  // u32 length + bytes

  const std::string& payload() const { return payload_; }

 private:
  std::string payload_;
};

// Reads primitive values back, bounds-checked: reading past the end throws kgraph::Error naming
// the source and the offset inside the file.
class ModelReader {
 public:
  ModelReader(std::string payload, std::string source, std::uint64_t payload_offset);

  std::uint8_t ReadU8();
  std::uint16_t ReadU16();
  std::uint32_t ReadU32();
  std::uint64_t ReadU64();
  float ReadF32();
  std::string ReadString();
  std::string ReadBytes(std::size_t size);
  // The next `size` bytes without a copy; valid as long as the reader.
  std::string_view ReadView(std::size_t size);
  std::size_t remaining() const { return payload_.size() - position_; }
  // A count of items each at least `min_item_bytes` long; throws when the rest of the payload
  // cannot hold that many, so a corrupted count never triggers a huge allocation.
  std::uint64_t ReadCount(std::size_t min_item_bytes);

  bool AtEnd() const { return position_ == payload_.size(); }
  // Throws unless the whole payload was consumed.
  void ExpectEnd() const;
  // Throws kgraph::Error "msg" at the current position.
  [[noreturn]] void Fail(const std::string& message) const;

 private:
  const char* Take(std::size_t bytes);

  std::string payload_;
  std::string source_;
  std::uint64_t payload_offset_;
  std::size_t position_ = 0;
};

// Writes the container atomically (temporary file + rename). Throws kgraph::Error.
void SaveModelFile(const std::string& path, std::string_view kind, std::uint32_t version,
                   const ModelWriter& writer);

// Opens `path`, checks magic, kind, version and checksum, and returns a reader over the payload.
ModelReader LoadModelFile(const std::string& path, std::string_view kind, std::uint32_t version);
// The kind of model `path` holds ("tagger", "parser", ...), read from its header only, so a
// caller can choose the loader. Throws kgraph::Error when the file is missing or no model file.
std::string ModelFileKind(const std::string& path);
// The same over bytes already in memory; `source` names them in errors.
ModelReader ParseModelFile(std::string bytes, const std::string& source, std::string_view kind,
                           std::uint32_t version);

}  // namespace kgraph
