#include "core/io/model_file.h"

#include <gtest/gtest.h>

#include <string>

#include "core/error.h"

namespace kgraph {
namespace {

std::string SavedBytes(const ModelWriter& writer, const std::string& path) {
  SaveModelFile(path, "test", 3, writer);
  ModelReader unused = LoadModelFile(path, "test", 3);  // the file as written must load
  std::FILE* file = std::fopen(path.c_str(), "rb");
  std::string bytes;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof(buffer), file)) bytes.append(buffer, n);
  std::fclose(file);
  return bytes;
}

std::string TempPath(const std::string& name) {
  return testing::TempDir() + "/kgraph_model_file_" + name;
}

TEST(ModelFile, RoundTripsEveryPrimitive) {
  ModelWriter writer;
  writer.WriteU8(7);
  writer.WriteU32(123456);
  writer.WriteU64(1ULL << 40);
  writer.WriteF32(-0.25f);
  writer.WriteString("hope for");
  std::string path = TempPath("round_trip");
  SaveModelFile(path, "test", 3, writer);
  ModelReader reader = LoadModelFile(path, "test", 3);
  EXPECT_EQ(reader.ReadU8(), 7);
  EXPECT_EQ(reader.ReadU32(), 123456u);
  EXPECT_EQ(reader.ReadU64(), 1ULL << 40);
  EXPECT_EQ(reader.ReadF32(), -0.25f);
  EXPECT_EQ(reader.ReadString(), "hope for");
  EXPECT_TRUE(reader.AtEnd());
  EXPECT_THROW(reader.ReadU8(), Error);
}

TEST(ModelFile, RejectsForeignKindAndVersion) {
  ModelWriter writer;
  writer.WriteU32(1);
  std::string path = TempPath("kind");
  SaveModelFile(path, "test", 3, writer);
  EXPECT_THROW(LoadModelFile(path, "parser", 3), Error);
  try {
    LoadModelFile(path, "test", 4);
    FAIL() << "version mismatch accepted";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("version 3"), std::string::npos) << e.what();
  }
}

TEST(ModelFile, EveryTruncationIsAnErrorNotACrash) {
  ModelWriter writer;
  writer.WriteString("some payload");
  writer.WriteU64(42);
  std::string bytes = SavedBytes(writer, TempPath("truncate"));
  for (std::size_t size = 0; size < bytes.size(); ++size) {
    EXPECT_THROW(ParseModelFile(bytes.substr(0, size), "cut", "test", 3), Error) << size;
  }
}

TEST(ModelFile, ChecksumCatchesFlippedBytes) {
  ModelWriter writer;
  writer.WriteString("weights");
  std::string bytes = SavedBytes(writer, TempPath("flip"));
  bytes[bytes.size() - 6] ^= 0x20;  // inside the payload
  try {
    ParseModelFile(bytes, "flipped.bin", "test", 3);
    FAIL() << "corruption not detected";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("flipped.bin"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("checksum"), std::string::npos);
  }
}

TEST(ModelFile, NotAModelAtAll) {
  EXPECT_THROW(ParseModelFile("hello world, this is text", "text.txt", "test", 3), Error);
  EXPECT_THROW(LoadModelFile(TempPath("does_not_exist"), "test", 3), Error);
}

TEST(ModelFile, HugeCountsAreRejectedBeforeAllocating) {
  ModelWriter writer;
  writer.WriteU64(~0ULL);
  std::string path = TempPath("count");
  SaveModelFile(path, "test", 3, writer);
  ModelReader reader = LoadModelFile(path, "test", 3);
  EXPECT_THROW(reader.ReadCount(8), Error);
}

}  // namespace
}  // namespace kgraph

namespace kgraph {
namespace {

TEST(ModelFile, KindIsReadFromTheHeaderAlone) {
  const std::string path = TempPath("kind");
  ModelWriter writer;
  writer.WriteString("payload");
  SaveModelFile(path, "biaffine-parser", 1, writer);
  EXPECT_EQ(ModelFileKind(path), "biaffine-parser");
  std::FILE* file = std::fopen(path.c_str(), "wb");
  std::fputs("KGRAPH", file);  // shorter than the magic
  std::fclose(file);
  EXPECT_THROW(ModelFileKind(path), Error);
  EXPECT_THROW(ModelFileKind(TempPath("missing")), Error);
  std::remove(path.c_str());
}

}  // namespace
}  // namespace kgraph
