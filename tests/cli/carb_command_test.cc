// `kgraph extract --format carb` and `kgraph eval carb` end to end: the tab format, the sentence
// echoed exactly, the score line, errors with file and line, and the real CaRB dev gold.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "tests/cli/cli_runner.h"

namespace kgraph::testing {
namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::vector<std::string> Fields(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t begin = 0;
  for (std::size_t tab; (tab = line.find('\t', begin)) != std::string::npos; begin = tab + 1) {
    fields.push_back(line.substr(begin, tab - begin));
  }
  fields.push_back(line.substr(begin));
  return fields;
}

const std::regex kScoreLine(
    R"(f1=[01]\.\d{4} precision=[01]\.\d{4} recall=[01]\.\d{4} auc=[01]\.\d{4})");

TEST(ExtractCarb, OneSentencePerLineEchoesEachLineInTabFormat) {
  TempDir dir;
  // Two sentences on the first line stay one; CRLF, blank lines and PTB tokens as in CaRB.
  const std::vector<std::string> sentences = {
      "Patrushev met Putin in Moscow . Putin praised the FSB .",
      "  The company -LRB- founded in 1990 -RRB- makes `` chips '' in Texas .",
      "Russia was interested in information exchange ."};
  std::string input = sentences[0] + "\r\n\n   \n" + sentences[1] + "\n" + sentences[2];
  CommandResult result = RunKgraph("extract --one-sentence-per-line --format carb '" +
                                   dir.Write("in.txt", input) + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::vector<std::string> lines = Lines(result.out);
  ASSERT_FALSE(lines.empty()) << "no tuples extracted";
  std::size_t seen[3] = {0, 0, 0};
  for (const std::string& line : lines) {
    std::vector<std::string> fields = Fields(line);
    ASSERT_GE(fields.size(), 4u) << line;
    auto it = std::find(sentences.begin(), sentences.end(), fields[0]);
    ASSERT_NE(it, sentences.end()) << "sentence not echoed exactly: [" << fields[0] << "]";
    ++seen[it - sentences.begin()];
    EXPECT_NO_THROW(std::stod(fields[1])) << line;
    EXPECT_FALSE(fields[2].empty()) << line;
  }
  EXPECT_GT(seen[0], 0u) << result.out;
  EXPECT_GT(seen[2], 0u) << result.out;
}

TEST(ExtractCarb, OneSentencePerLineNeverSplitsALine) {
  TempDir dir;
  std::string first = "Patrushev met Putin in Moscow . Putin praised the FSB .";
  std::string input = first + "\nRussia was interested in information exchange .\n";
  CommandResult result =
      RunKgraph("extract --one-sentence-per-line '" + dir.Write("in.txt", input) + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::vector<std::string> lines = Lines(result.out);
  ASSERT_GE(lines.size(), 3u) << result.out;  // the header, then triples of both lines
  for (std::size_t i = 1; i < lines.size(); ++i) {
    std::vector<std::string> fields = Fields(lines[i]);
    ASSERT_EQ(fields.size(), 12u) << lines[i];
    // document, sentence, ..., sentence_text: line 1 is sentence 0, whole; line 2 sentence 1.
    EXPECT_EQ(fields[1] == "0", fields[11] == first) << lines[i];
    EXPECT_TRUE(fields[1] == "0" || fields[1] == "1") << lines[i];
  }
  EXPECT_NE(result.out.find("\t0\t"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("\t1\t"), std::string::npos) << result.out;
}

TEST(ExtractCarb, WithoutOneSentencePerLineTheSentenceIsItsFoldedText) {
  TempDir dir;
  CommandResult result =
      RunKgraph("extract --plain --format carb '" +
                dir.Write("in.txt", "Russia was interested\nin information exchange.\n") + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  ASSERT_FALSE(result.out.empty());
  EXPECT_EQ(Fields(Lines(result.out)[0])[0], "Russia was interested in information exchange.");
}

class EvalCarb : public ::testing::Test {
 protected:
  std::string Gold(const std::string& content) { return dir_.Write("gold.tsv", content); }
  std::string System(const std::string& content) { return dir_.Write("system.tsv", content); }
  TempDir dir_;
};

TEST_F(EvalCarb, ScoresASystemFileWithTheScoreLineLast) {
  std::string gold = Gold(
      "Smith founded Acme in 1990 .\tfounded\tSmith\tAcme\n"
      "Smith founded Acme in 1990 .\tis based in\tAcme\tParis\n");
  std::string system = System(
      "Smith founded Acme in 1990 .\t0.9\tfounded\tSmith\tAcme\n"
      "Smith founded Acme in 1990 .\t0.4\tsold\tJones\tAcme\n");
  CommandResult result = RunKgraph("eval carb '" + gold + "' --system '" + system + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::vector<std::string> lines = Lines(result.out);
  ASSERT_GE(lines.size(), 3u);
  EXPECT_NE(result.out.find("gold: 1 sentences, 2 tuples"), std::string::npos) << result.out;
  EXPECT_EQ(lines.back(), "f1=0.6667 precision=1.0000 recall=0.5000 auc=0.5000");
}

TEST_F(EvalCarb, BadLinesAreOneLineErrorsWithFileAndLine) {
  std::string gold = Gold("S .\tr\ta\nS .\tr\n");
  CommandResult result = RunKgraph("eval carb '" + gold + "' --system '" + System("") + "'");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "kgraph: error: " + gold +
                            ":2: expected at least 3 tab-separated fields (sentence, relation, "
                            "arg1), found 2\n");
  std::string system = System("S .\t0.5\tr\ta\n\nS .\tvery high\tr\ta\n");
  result = RunKgraph("eval carb '" + Gold("S .\tr\ta\n") + "' --system '" + system + "'");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err,
            "kgraph: error: " + system + ":3: confidence 'very high' is not a finite number\n");
}

TEST_F(EvalCarb, OutputScoresTheSameWhenReadBack) {
  std::string gold = Gold(
      "Nikolai Patrushev hopes for progress in cooperation .\thopes for\tNikolai Patrushev\t"
      "progress in cooperation\n"
      "Putin praised the FSB .\tpraised\tPutin\tthe FSB\n");
  std::string output = dir_.File("ours.tsv");
  CommandResult extracted = RunKgraph("eval carb '" + gold + "' --output '" + output + "'");
  ASSERT_EQ(extracted.exit_code, 0) << extracted.err;
  EXPECT_NE(extracted.out.find("sentences: 2 "), std::string::npos) << extracted.out;
  CommandResult read_back = RunKgraph("eval carb '" + gold + "' --system '" + output + "'");
  ASSERT_EQ(read_back.exit_code, 0) << read_back.err;
  EXPECT_EQ(Lines(read_back.out).back(), Lines(extracted.out).back());
  EXPECT_TRUE(std::regex_match(Lines(extracted.out).back(), kScoreLine)) << extracted.out;
}

TEST(EvalCarbDev, ScoresTheExtractorOnTheRealDevGold) {
  const std::filesystem::path carb = std::filesystem::path(KGRAPH_SHARED_DIR) / "data/carb";
  if (!std::filesystem::exists(carb / "gold/dev.tsv")) {
    GTEST_SKIP() << "CaRB dev data not found at " << carb
                 << "; set KGRAPH_SHARED_DIR to the shared data directory";
  }
  CommandResult result = RunKgraph("eval carb '" + (carb / "gold/dev.tsv").string() +
                                   "' --sentences '" + (carb / "dev.txt").string() + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::vector<std::string> lines = Lines(result.out);
  ASSERT_FALSE(lines.empty());
  EXPECT_NE(result.out.find("sentences: 641 "), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("gold: 638 sentences, 2548 tuples"), std::string::npos) << result.out;
  ASSERT_TRUE(std::regex_match(lines.back(), kScoreLine)) << result.out;
  // The default (clause) extractor measured f1=0.5711 auc=0.3938 (README); issue #4 asks for
  // at least 0.48 and 0.28. The floors sit just under the measured figures.
  double f1 = std::stod(lines.back().substr(3));
  double auc = std::stod(lines.back().substr(lines.back().find("auc=") + 4));
  EXPECT_GE(f1, 0.56) << result.out;
  EXPECT_GE(auc, 0.38) << result.out;
}

TEST(TrainConfidence, ShippedWeightsAreTheFitOfTheCurrentExtractor) {
  const std::filesystem::path carb = std::filesystem::path(KGRAPH_SHARED_DIR) / "data/carb";
  if (!std::filesystem::exists(carb / "gold/dev.tsv")) {
    GTEST_SKIP() << "CaRB dev data not found at " << carb
                 << "; set KGRAPH_SHARED_DIR to the shared data directory";
  }
  CommandResult result = RunKgraph("train-confidence '" + (carb / "gold/dev.tsv").string() +
                                   "' --sentences '" + (carb / "dev.txt").string() + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::vector<std::string> lines = Lines(result.out);
  auto score_of = [&lines](const std::string& prefix) {
    for (const std::string& line : lines) {
      if (line.starts_with(prefix)) return line.substr(line.find("f1="));
    }
    return std::string("missing");
  };
  EXPECT_TRUE(std::regex_match(score_of("held out"), kScoreLine)) << result.out;
  // Refitting gives the weights that ship: otherwise the extractor changed since the last fit,
  // and extractors/clause_confidence.cc wants the new output pasted in.
  EXPECT_EQ(score_of("fitted weights"), score_of("shipped weights")) << result.out;
  const auto weight_lines = std::count_if(lines.begin(), lines.end(), [](const std::string& l) {
    return l.starts_with("    ") && l.find(",  // ") != std::string::npos;
  });
  EXPECT_EQ(weight_lines, 20) << result.out;
}

TEST(TrainConfidence, BadGoldIsAOneLineErrorWithFileAndLine) {
  TempDir dir;
  std::string gold = dir.Write("gold.tsv", "S .\tr\ta\nS .\tr\n");
  CommandResult result = RunKgraph("train-confidence '" + gold + "'");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "kgraph: error: " + gold +
                            ":2: expected at least 3 tab-separated fields (sentence, relation, "
                            "arg1), found 2\n");
}

}  // namespace
}  // namespace kgraph::testing
