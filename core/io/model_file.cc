#include "core/io/model_file.h"

#include <zlib.h>

#include <bit>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/error.h"

namespace kgraph {
namespace {

constexpr char kMagic[] = "KGRAPHM1";
constexpr std::size_t kMagicSize = sizeof(kMagic) - 1;

static_assert(std::endian::native == std::endian::little,
              "model files are little-endian; add byte swapping for this platform");

std::uint32_t Crc32(std::string_view bytes) {
  uLong crc = crc32(0L, Z_NULL, 0);
  // zlib takes uInt lengths; feed large payloads in chunks.
  constexpr std::size_t kChunk = 1u << 30;
  for (std::size_t at = 0; at < bytes.size(); at += kChunk) {
    std::size_t size = std::min(kChunk, bytes.size() - at);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(bytes.data() + at), static_cast<uInt>(size));
  }
  return static_cast<std::uint32_t>(crc);
}

template <typename T>
void Append(std::string& out, T value) {
  char bytes[sizeof(T)];
  std::memcpy(bytes, &value, sizeof(T));
  out.append(bytes, sizeof(T));
}

// Checks the magic number at the start of a model file and reads the model kind after it.
std::string ReadMagicAndKind(ModelReader& header) {
  if (header.remaining() < kMagicSize ||
      header.ReadBytes(kMagicSize) != std::string_view(kMagic, kMagicSize)) {
    header.Fail("not a kgraph model file");
  }
  return header.ReadString();
}

}  // namespace

void ModelWriter::WriteU8(std::uint8_t value) { Append(payload_, value); }
void ModelWriter::WriteU16(std::uint16_t value) { Append(payload_, value); }
void ModelWriter::WriteU32(std::uint32_t value) { Append(payload_, value); }
void ModelWriter::WriteU64(std::uint64_t value) { Append(payload_, value); }
void ModelWriter::WriteF32(float value) { Append(payload_, value); }

void ModelWriter::WriteString(std::string_view value) {
  WriteU32(static_cast<std::uint32_t>(value.size()));
  payload_.append(value);
}

ModelReader::ModelReader(std::string payload, std::string source, std::uint64_t payload_offset)
    : payload_(std::move(payload)), source_(std::move(source)), payload_offset_(payload_offset) {}

void ModelReader::Fail(const std::string& message) const {
  throw Error(message, {source_, {}, payload_offset_ + position_});
}

const char* ModelReader::Take(std::size_t bytes) {
  if (payload_.size() - position_ < bytes) Fail("model data ends early");
  const char* at = payload_.data() + position_;
  position_ += bytes;
  return at;
}

namespace {
template <typename T>
T Load(const char* bytes) {
  T value;
  std::memcpy(&value, bytes, sizeof(T));
  return value;
}
}  // namespace

std::uint8_t ModelReader::ReadU8() { return Load<std::uint8_t>(Take(1)); }
std::uint16_t ModelReader::ReadU16() { return Load<std::uint16_t>(Take(2)); }
std::uint32_t ModelReader::ReadU32() { return Load<std::uint32_t>(Take(4)); }
std::uint64_t ModelReader::ReadU64() { return Load<std::uint64_t>(Take(8)); }
float ModelReader::ReadF32() { return Load<float>(Take(4)); }

std::string ModelReader::ReadString() { return ReadBytes(ReadU32()); }

std::string ModelReader::ReadBytes(std::size_t size) {
  const char* at = Take(size);
  return std::string(at, size);
}

std::string_view ModelReader::ReadView(std::size_t size) { return {Take(size), size}; }

std::uint64_t ModelReader::ReadCount(std::size_t min_item_bytes) {
  std::uint64_t count = ReadU64();
  std::size_t left = payload_.size() - position_;
  if (min_item_bytes > 0 && count > left / min_item_bytes) Fail("corrupt item count in model");
  return count;
}

void ModelReader::ExpectEnd() const {
  if (!AtEnd()) Fail("unexpected data after the model");
}

void SaveModelFile(const std::string& path, std::string_view kind, std::uint32_t version,
                   const ModelWriter& writer) {
  std::string bytes(kMagic, kMagicSize);
  Append(bytes, static_cast<std::uint32_t>(kind.size()));
  bytes.append(kind);
  Append(bytes, version);
  Append(bytes, static_cast<std::uint64_t>(writer.payload().size()));
  bytes.append(writer.payload());
  Append(bytes, Crc32(writer.payload()));

  std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw Error("cannot create model file", {temporary, {}, {}});
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) throw Error("cannot write model file", {temporary, {}, {}});
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) throw Error("cannot rename model file: " + ec.message(), {path, {}, {}});
}

ModelReader ParseModelFile(std::string bytes, const std::string& source, std::string_view kind,
                           std::uint32_t version) {
  ModelReader header(std::move(bytes), source, 0);
  std::string found_kind = ReadMagicAndKind(header);
  if (found_kind != kind) {
    header.Fail("model file holds a '" + found_kind + "' model, expected '" + std::string(kind) +
                "'");
  }
  std::uint32_t found_version = header.ReadU32();
  if (found_version != version) {
    header.Fail("model version " + std::to_string(found_version) + " is not supported (expected " +
                std::to_string(version) + "); retrain the model");
  }
  std::uint64_t size = header.ReadCount(1);
  std::uint64_t payload_offset = kMagicSize + 4 + kind.size() + 4 + 8;
  std::string payload = header.ReadBytes(size);
  std::uint32_t stored_crc = header.ReadU32();
  header.ExpectEnd();
  if (Crc32(payload) != stored_crc) {
    throw Error("model checksum mismatch (corrupted file)", {source, {}, payload_offset});
  }
  return ModelReader(std::move(payload), source, payload_offset);
}

std::string ModelFileKind(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot open model file", {path, {}, {}});
  // The magic, the kind's length and at most 256 bytes of kind: enough for every model kind.
  std::string bytes(kMagicSize + 4 + 256, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  ModelReader header(std::move(bytes), path, 0);
  return ReadMagicAndKind(header);
}

ModelReader LoadModelFile(const std::string& path, std::string_view kind, std::uint32_t version) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot open model file", {path, {}, {}});
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw Error("cannot read model file", {path, {}, {}});
  return ParseModelFile(std::move(bytes), path, kind, version);
}

}  // namespace kgraph
