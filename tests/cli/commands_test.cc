// The CLI contract: help and version on stdout with exit 0, usage errors exit 2, and each
// subcommand doing its job on a small text.
#include <gtest/gtest.h>

#include <filesystem>

#include "tests/cli/cli_runner.h"

namespace kgraph::testing {
namespace {

constexpr char kText[] =
    "Secretary of the Russian Security Council Nikolai Patrushev hopes for progress in\n"
    "cooperation between Russia and the U.S. in fighting terrorism in 2017.\n\n"
    "Patrushev met Vladimir Putin in Moscow. Putin praised the FSB.\n";

TEST(Commands, HelpAndVersionGoToStdoutWithExitZero) {
  for (const char* arguments : {"--help", "build --help", "neighbors --help", "eval tag --help"}) {
    CommandResult result = RunKgraph(arguments);
    EXPECT_EQ(result.exit_code, 0) << arguments;
    EXPECT_NE(result.out.find("Usage"), std::string::npos) << arguments << result.out;
    EXPECT_TRUE(result.err.empty()) << arguments << result.err;
  }
  CommandResult version = RunKgraph("--version");
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_FALSE(version.out.empty());
}

TEST(Commands, MissingSubcommandIsAUsageError) {
  CommandResult result = RunKgraph("");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_TRUE(result.out.empty());
}

class BuiltGraph : public ::testing::Test {
 protected:
  void SetUp() override {
    input_ = dir_.Write("news.txt", kText);
    graph_ = dir_.File("g.jsonld");
    CommandResult result = RunKgraph("--quiet build '" + input_ + "' -o '" + graph_ + "' -o '" +
                                     dir_.File("g.graphml") + "'");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    ASSERT_TRUE(result.err.empty()) << result.err;
  }

  TempDir dir_;
  std::string input_;
  std::string graph_;
};

TEST_F(BuiltGraph, NeighborsFindsAnEntityByAnyAliasWithEvidence) {
  for (const char* name : {"patrushev", "Nikolai Patrushev", "NIKOLAI PATRUSHEV"}) {
    CommandResult result = RunKgraph("neighbors '" + graph_ + "' '" + name + "'");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("hope for"), std::string::npos) << name << "\n" << result.out;
    EXPECT_NE(result.out.find("fighting terrorism in 2017"), std::string::npos) << result.out;
  }
}

TEST_F(BuiltGraph, UnknownEntityIsARuntimeError) {
  CommandResult result = RunKgraph("neighbors '" + graph_ + "' 'Nobody Atall'");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("Nobody Atall"), std::string::npos) << result.err;
}

TEST_F(BuiltGraph, PathConnectsTwoEntities) {
  CommandResult result = RunKgraph("path '" + graph_ + "' Patrushev Putin");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("meet"), std::string::npos) << result.out;
}

TEST_F(BuiltGraph, StatsCountsEntitiesAndFacts) {
  CommandResult result = RunKgraph("stats '" + graph_ + "'");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("entities"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("facts"), std::string::npos) << result.out;
}

TEST_F(BuiltGraph, ExportsEveryFormatAndReadsGraphmlBack) {
  for (const char* format : {"dot", "graphml", "jsonld"}) {
    CommandResult result = RunKgraph("export '" + graph_ + "' --format " + format);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("Patrushev"), std::string::npos) << format;
  }
  CommandResult from_graphml = RunKgraph("export '" + dir_.File("g.graphml") + "' --format jsonld");
  CommandResult from_jsonld = RunKgraph("export '" + graph_ + "' --format jsonld");
  EXPECT_EQ(from_graphml.out, from_jsonld.out);
}

TEST_F(BuiltGraph, GraphsOnStdinAreRecognizedByTheirFirstByte) {
  for (const std::string& file : {graph_, dir_.File("g.graphml")}) {
    CommandResult result = RunKgraph("stats -", file);
    EXPECT_EQ(result.exit_code, 0) << file << result.err;
    EXPECT_NE(result.out.find("entities\t"), std::string::npos) << file;
  }
}

TEST_F(BuiltGraph, RenderWritesAnSvgDiagram) {
  CommandResult result = RunKgraph("render '" + graph_ + "' -o '" + dir_.File("d.svg") + "'");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(ReadFileOrEmpty(dir_.File("d.svg")).find("<svg"), std::string::npos);
}

TEST_F(BuiltGraph, SameInputGivesByteIdenticalOutput) {
  std::string again = dir_.File("again.jsonld");
  ASSERT_EQ(RunKgraph("--quiet build '" + input_ + "' -o '" + again + "'").exit_code, 0);
  EXPECT_EQ(ReadFileOrEmpty(graph_), ReadFileOrEmpty(again));
}

TEST(Commands, ExtractWritesTsvAndJsonLinesFromStdin) {
  TempDir dir;
  std::string input = dir.Write("in.txt", kText);
  CommandResult tsv = RunKgraph("extract --plain -", input);
  EXPECT_EQ(tsv.exit_code, 0) << tsv.err;
  EXPECT_EQ(tsv.out.rfind("document\tsentence\tconfidence\tsubject\trelation\tobject", 0), 0u);
  EXPECT_NE(tsv.out.find("\thope for\t"), std::string::npos) << tsv.out;
  CommandResult jsonl = RunKgraph("extract --format jsonl '" + input + "'");
  EXPECT_EQ(jsonl.exit_code, 0) << jsonl.err;
  EXPECT_NE(jsonl.out.find("\"relation\":\"hope for\""), std::string::npos) << jsonl.out;
}

}  // namespace
}  // namespace kgraph::testing
