// Every kind of bad input gets a one-line error naming the file (or a warning while the rest is
// processed), a non-zero exit where nothing useful could be done, and never a crash, a hang or a
// half-written output file.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "tests/cli/cli_runner.h"

namespace kgraph::testing {
namespace {

constexpr char kGoodText[] =
    "Nikolai Patrushev hopes for progress in cooperation with the United States.\n";

int LineCount(const std::string& text) {
  return static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

// Asserts a failure: the exit code, one stderr line naming `file`, and no crash signal.
void ExpectOneLineError(const CommandResult& result, int exit_code, const std::string& file,
                        const std::string& what) {
  EXPECT_EQ(result.exit_code, exit_code) << result.err;
  EXPECT_EQ(LineCount(result.err), 1) << result.err;
  EXPECT_NE(result.err.find(file), std::string::npos) << result.err;
  EXPECT_NE(result.err.find(what), std::string::npos) << result.err;
}

TEST(BadInput, MissingFileIsAnErrorNamingIt) {
  TempDir dir;
  std::string missing = dir.File("no-such.txt");
  CommandResult result = RunKgraph("build '" + missing + "' -o '" + dir.File("g.jsonld") + "'");
  ExpectOneLineError(result, 1, missing, "no such file");
  EXPECT_FALSE(std::filesystem::exists(dir.File("g.jsonld")));
}

TEST(BadInput, DirectoryWithoutTextIsAnError) {
  TempDir dir;
  std::filesystem::create_directory(dir.path() / "empty");
  dir.Write("empty/image.bin", "x");
  CommandResult result =
      RunKgraph("build '" + dir.File("empty") + "' -o '" + dir.File("g.jsonld") + "'");
  ExpectOneLineError(result, 1, dir.File("empty"), "no .txt file");
}

TEST(BadInput, UnreadableFileIsReportedAndTheRestProcessed) {
  if (::geteuid() == 0) GTEST_SKIP() << "root can read any file; permission test not possible";
  TempDir dir;
  std::string locked = dir.Write("locked.txt", kGoodText);
  std::filesystem::permissions(locked, std::filesystem::perms::none);
  dir.Write("good.txt", kGoodText);
  CommandResult result =
      RunKgraph("build '" + dir.path().string() + "' -o '" + dir.File("g.jsonld") + "'");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("locked.txt"), std::string::npos) << result.err;
  EXPECT_TRUE(std::filesystem::exists(dir.File("g.jsonld")));
}

TEST(BadInput, EmptyFileIsAWarningAndTheRestIsProcessed) {
  TempDir dir;
  dir.Write("a-empty.txt", "");
  dir.Write("b-good.txt", kGoodText);
  CommandResult result =
      RunKgraph("build '" + dir.path().string() + "' -o '" + dir.File("g.jsonld") + "'");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("a-empty.txt"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("warning"), std::string::npos) << result.err;
  EXPECT_NE(ReadFileOrEmpty(dir.File("g.jsonld")).find("Patrushev"), std::string::npos);
}

TEST(BadInput, InvalidUtf8NamesTheByteOffset) {
  TempDir dir;
  std::string bad = dir.Write("latin1.txt", "Caf\xe9 au lait.\n");
  CommandResult result = RunKgraph("build '" + bad + "' -o '" + dir.File("g.jsonld") + "'");
  ExpectOneLineError(result, 1, bad, "invalid UTF-8");
  EXPECT_NE(result.err.find("byte 3"), std::string::npos) << result.err;
  EXPECT_FALSE(std::filesystem::exists(dir.File("g.jsonld")));
}

TEST(BadInput, BinaryFileWithNulBytesIsRejected) {
  TempDir dir;
  std::string binary = dir.Write("data.txt", std::string("\x7f"
                                                         "ELF\x02\x01\x01\0\0\0",
                                                         10));
  CommandResult result = RunKgraph("build '" + binary + "' -o '" + dir.File("g.jsonld") + "'");
  ExpectOneLineError(result, 1, binary, "NUL byte");
}

TEST(BadInput, HugeFileWithoutNewlineOrPunctuationFinishes) {
  TempDir dir;
  std::string words;
  words.reserve(50u << 20);
  const std::string chunk = "cooperation between special services continues ";
  while (words.size() + chunk.size() < (50u << 20)) words += chunk;
  std::string huge = dir.Write("huge.txt", words);
  CommandResult result = RunKgraph("build '" + huge + "' -o '" + dir.File("g.jsonld") + "'");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(std::filesystem::exists(dir.File("g.jsonld")));
}

TEST(BadInput, MalformedGraphGivenToNeighborsIsAnError) {
  TempDir dir;
  std::string broken = dir.Write("broken.jsonld", "{\"@context\": {}, \"@graph\": [");
  CommandResult result = RunKgraph("neighbors '" + broken + "' patrushev");
  ExpectOneLineError(result, 1, broken, "");
  std::string not_xml = dir.Write("broken.graphml", "<graphml><graph><node id=");
  result = RunKgraph("neighbors '" + not_xml + "' patrushev");
  ExpectOneLineError(result, 1, not_xml, "");
}

TEST(BadInput, UnknownOptionIsAUsageError) {
  CommandResult result = RunKgraph("build --no-such-option");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_FALSE(result.err.empty());
}

TEST(BadInput, UnknownOutputExtensionIsAnErrorBeforeAnyWork) {
  TempDir dir;
  std::string good = dir.Write("good.txt", kGoodText);
  CommandResult result = RunKgraph("build '" + good + "' -o '" + dir.File("g.docx") + "'");
  ExpectOneLineError(result, 1, dir.File("g.docx"), "unknown graph file extension");
}

}  // namespace
}  // namespace kgraph::testing
