// End to end on the sample articles: the extracted triples must equal the checked-in golden file,
// so any change in what kgraph finds is seen and reviewed. After an intended change (a new
// model, a better rule) regenerate the file with scripts/update-golden.sh and review the diff.
#include <gtest/gtest.h>

#include "tests/cli/cli_runner.h"

namespace kgraph::testing {
namespace {

const std::string kSamples = std::string(KGRAPH_SOURCE_DIR) + "/samples/news";
const std::string kGolden = std::string(KGRAPH_SOURCE_DIR) + "/tests/golden/news_triples.tsv";

TEST(Golden, SampleTriplesMatchTheCheckedInFile) {
  CommandResult result = RunKgraph("extract --format tsv '" + kSamples + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::string golden = ReadFileOrEmpty(kGolden);
  ASSERT_FALSE(golden.empty()) << kGolden << " is missing";
  // The document column holds the path as given; compare from the samples folder on.
  std::string actual = result.out;
  for (size_t at; (at = actual.find(KGRAPH_SOURCE_DIR "/")) != std::string::npos;) {
    actual.erase(at, std::string(KGRAPH_SOURCE_DIR "/").size());
  }
  EXPECT_EQ(actual, golden) << "regenerate with scripts/update-golden.sh and review the diff";
}

TEST(Golden, BoilerplateLinesDoNotBecomeFacts) {
  CommandResult result = RunKgraph("extract --format tsv '" + kSamples + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  for (const char* boilerplate : {"All news", "Source: Tass", "©", "/TASS/", "Smityuk"}) {
    EXPECT_EQ(result.out.find(boilerplate), std::string::npos) << boilerplate;
  }
}

TEST(Golden, SampleGraphHasThePatrushevFact) {
  TempDir dir;
  std::string graph = dir.File("news.jsonld");
  ASSERT_EQ(RunKgraph("--quiet build '" + kSamples + "' -o '" + graph + "'").exit_code, 0);
  CommandResult result = RunKgraph("neighbors '" + graph + "' patrushev");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("Nikolai Patrushev"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("hope for"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("progress in cooperation"), std::string::npos) << result.out;
}

}  // namespace
}  // namespace kgraph::testing
