// kgraph parse and kgraph eval parse end to end: the CoNLL-U written is valid (ten columns, one
// tree per sentence, text consistent with the forms), the given tokens of CoNLL-U input are kept,
// the evaluation prints its summary line, and bad input gets a one-line error.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tests/cli/cli_runner.h"

namespace kgraph::testing {
namespace {

// The model directory the kgraph binary reads by default: $KGRAPH_MODEL_DIR, else models/.
std::string ModelDir() {
  const char* from_environment = std::getenv("KGRAPH_MODEL_DIR");
  if (from_environment != nullptr && *from_environment != '\0') return from_environment;
  return std::string(KGRAPH_SOURCE_DIR) + "/models";
}
const std::string kSamples = std::string(KGRAPH_SOURCE_DIR) + "/samples/news";

std::vector<std::string> Split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::istringstream in(text);
  for (std::string part; std::getline(in, part, separator);) parts.push_back(part);
  if (!text.empty() && text.back() == separator) parts.emplace_back();
  return parts;
}

// One sentence block of CoNLL-U output, split into lines.
struct Block {
  std::vector<std::string> comments;  // without "# "
  std::vector<std::vector<std::string>> rows;
};

std::vector<Block> Blocks(const std::string& conllu) {
  std::vector<Block> blocks(1);
  for (const std::string& line : Split(conllu, '\n')) {
    if (line.empty()) {
      if (!blocks.back().rows.empty() || !blocks.back().comments.empty()) blocks.emplace_back();
    } else if (line[0] == '#') {
      blocks.back().comments.push_back(line.substr(line.starts_with("# ") ? 2 : 1));
    } else {
      blocks.back().rows.push_back(Split(line, '\t'));
    }
  }
  if (blocks.back().rows.empty() && blocks.back().comments.empty()) blocks.pop_back();
  return blocks;
}

std::string CommentValue(const Block& block, const std::string& key) {
  for (const std::string& comment : block.comments) {
    if (comment.starts_with(key + " = ")) return comment.substr(key.size() + 3);
  }
  return "";
}

// Checks what the UD validator checks of the tree and the text, independently of kgraph's reader:
// ten columns, word ids 1..n, one root (with the relation "root"), heads in range, no cycles, a
// relation on every word, and "# text" equal to the tokens joined as their SpaceAfter says.
void ExpectValidConllu(const std::string& conllu) {
  std::vector<Block> blocks = Blocks(conllu);
  ASSERT_FALSE(blocks.empty()) << "no sentences";
  std::set<std::string> sent_ids;
  for (const Block& block : blocks) {
    std::string sent_id = CommentValue(block, "sent_id");
    SCOPED_TRACE("sent_id " + sent_id);
    EXPECT_FALSE(sent_id.empty());
    EXPECT_TRUE(sent_ids.insert(sent_id).second) << "duplicate sent_id";
    std::vector<int> heads;
    std::string text;
    int multiword_last = 0;
    for (const std::vector<std::string>& row : block.rows) {
      ASSERT_EQ(row.size(), 10u) << ::testing::PrintToString(row);
      for (const std::string& field : row) EXPECT_FALSE(field.empty());
      bool space_after = row[9].find("SpaceAfter=No") == std::string::npos;
      if (std::size_t dash = row[0].find('-'); dash != std::string::npos) {
        EXPECT_EQ(std::stoi(row[0].substr(0, dash)), static_cast<int>(heads.size()) + 1);
        multiword_last = std::stoi(row[0].substr(dash + 1));
        text += row[1] + (space_after ? " " : "");
        continue;
      }
      int id = static_cast<int>(heads.size()) + 1;
      ASSERT_EQ(row[0], std::to_string(id));
      heads.push_back(std::stoi(row[6]));
      EXPECT_NE(row[7], "_") << "word " << id << " has no relation";
      EXPECT_EQ(heads.back() == 0, row[7] == "root") << "word " << id;
      if (id > multiword_last) text += row[1] + (space_after ? " " : "");
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    EXPECT_EQ(text, CommentValue(block, "text"));
    const int n = static_cast<int>(heads.size());
    EXPECT_EQ(std::count(heads.begin(), heads.end(), 0), 1) << "roots";
    for (int head : heads) {
      ASSERT_GE(head, 0);
      ASSERT_LE(head, n);
    }
    for (int i = 0; i < n; ++i) {
      int at = i + 1, steps = 0;
      while (at != 0 && steps++ <= n) at = heads[at - 1];
      EXPECT_EQ(at, 0) << "word " << i + 1 << " is on a cycle";
    }
  }
}

std::string LastLine(const std::string& text) {
  std::vector<std::string> lines = Split(text, '\n');
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines.empty() ? "" : lines.back();
}

constexpr char kGiven[] =
    "# newdoc id = given-1\n"
    "# sent_id = g1\n"
    "# text = I didn't see Putin's aides.\n"
    "1\tI\tI\tPRON\tPRP\tCase=Nom\t4\tnsubj\t4:nsubj\t_\n"
    "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tsee\tsee\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "5-6\tPutin's\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "5\tPutin\tPutin\tPROPN\tNNP\t_\t7\tnmod:poss\t_\t_\n"
    "6\t's\t's\tPART\tPOS\t_\t5\tcase\t_\t_\n"
    "7\taides\taide\tNOUN\tNNS\t_\t4\tobj\t_\tSpaceAfter=No\n"
    "8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# sent_id = g2\n"
    "# text = Bye\n"
    "1\tBye\tbye\tINTJ\tUH\t_\t0\troot\t_\t_\n"
    "\n";

// The tests that run the tagger and parser need the shipped models.
class ShippedModels : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* model : {"tagger.bin", "parser.bin"}) {
      if (!std::filesystem::exists(ModelDir() + "/" + model)) {
        GTEST_SKIP() << model << " is not in " << ModelDir() << " (not shipped yet?): not checked";
      }
    }
  }

  TempDir dir_;
};

TEST_F(ShippedModels, ParseWritesValidConlluForTheSamples) {
  CommandResult result = RunKgraph("--quiet parse '" + kSamples + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(result.err.empty()) << result.err;
  ExpectValidConllu(result.out);
  std::size_t documents = 0;
  for (const Block& block : Blocks(result.out))
    documents += !CommentValue(block, "newdoc id").empty();
  EXPECT_EQ(documents, 5u);
}

// The perceptron alone tags the same tokens; the two taggers disagree on some words of the samples
// (EWT dev: 95.75 against 95.39 UPOS).
TEST_F(ShippedModels, ParseWithoutTheTaggerNetworkTagsWithThePerceptronAlone) {
  CommandResult with_network = RunKgraph("--quiet parse '" + kSamples + "'");
  CommandResult perceptron = RunKgraph("--quiet parse --no-tagger-network '" + kSamples + "'");
  ASSERT_EQ(with_network.exit_code, 0) << with_network.err;
  ASSERT_EQ(perceptron.exit_code, 0) << perceptron.err;
  ExpectValidConllu(perceptron.out);
  ASSERT_EQ(Blocks(perceptron.out).size(), Blocks(with_network.out).size());
  EXPECT_NE(perceptron.out, with_network.out);
}

TEST_F(ShippedModels, ParseHandlesHardTextAndWritesTheOutputFile) {
  std::string long_sentence;
  for (int i = 0; i < 300; ++i) long_sentence += i % 7 == 0 ? "and, " : "word ";
  std::string input = dir_.Write(
      "hard.txt", "BREAKING: PUTIN MEETS TRUMP IN HELSINKI\n\n" + long_sentence +
                      "end.\n\n- apples\n- pears\n\n$ % & * @@ ### ...\n\nI don't know.\n");
  std::string output = dir_.File("out.conllu");
  CommandResult result = RunKgraph("parse --plain - -o '" + output + "'", input);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(result.out.empty()) << "data goes to the -o file only";
  std::string conllu = ReadFileOrEmpty(output);
  ExpectValidConllu(conllu);
  EXPECT_NE(conllu.find("# newdoc id = stdin\n"), std::string::npos);
  EXPECT_NE(conllu.find("\tdon't\t_\t"), std::string::npos) << "a multiword token line";
}

TEST_F(ShippedModels, ParseConlluInputKeepsTheGivenTokensAndComments) {
  std::string input = dir_.Write("given.conllu", kGiven);
  CommandResult result = RunKgraph("parse --input-format conllu '" + input + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  ExpectValidConllu(result.out);
  std::vector<std::string> given = Split(kGiven, '\n'), written = Split(result.out, '\n');
  ASSERT_EQ(written.size(), given.size());
  for (std::size_t i = 0; i < given.size(); ++i) {
    if (given[i].empty() || given[i][0] == '#' || given[i].find('-') < given[i].find('\t')) {
      EXPECT_EQ(written[i], given[i]);  // comments, multiword tokens, blank lines
      continue;
    }
    std::vector<std::string> in = Split(given[i], '\t'), out = Split(written[i], '\t');
    EXPECT_EQ(out[0], in[0]);
    EXPECT_EQ(out[1], in[1]);
    EXPECT_EQ(out[5], "_") << "no gold features pass through";
    EXPECT_EQ(out[8], "_");
    EXPECT_EQ(out[9], in[9]);
  }
}

TEST_F(ShippedModels, ParseReportsTheLineOfMalformedConllu) {
  std::string input =
      dir_.Write("bad.conllu", "# text = a b\n1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n2\tb\tb\n\n");
  CommandResult result = RunKgraph("parse --input-format conllu '" + input + "'");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  EXPECT_NE(result.err.find(input + ":3:"), std::string::npos) << result.err;
  EXPECT_TRUE(result.out.empty());
}

TEST_F(ShippedModels, EvalParsePrintsTheSummaryLine) {
  std::string gold = dir_.Write("gold.conllu", kGiven);
  const std::regex summary(
      R"(upos=\d+\.\d\d xpos=\d+\.\d\d lemma=\d+\.\d\d uas=\d+\.\d\d las=\d+\.\d\d)");
  CommandResult result = RunKgraph("eval parse '" + gold + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(std::regex_match(LastLine(result.out), summary)) << result.out;
  EXPECT_EQ(result.out.find("tokens:"), std::string::npos) << result.out;

  CommandResult raw = RunKgraph("eval parse --raw '" + gold + "'");
  ASSERT_EQ(raw.exit_code, 0) << raw.err;
  EXPECT_TRUE(std::regex_match(LastLine(raw.out), summary)) << raw.out;
  EXPECT_TRUE(raw.out.starts_with("tokens: gold=7 ")) << raw.out;
}

// What `kgraph parse --input-format conllu` writes is what `kgraph eval parse` scores: the same
// tags and trees, whatever the model.
TEST_F(ShippedModels, EvalParseScoresWhatParseWrites) {
  std::string gold = dir_.Write("gold.conllu", kGiven);
  CommandResult parsed = RunKgraph("parse --input-format conllu '" + gold + "'");
  ASSERT_EQ(parsed.exit_code, 0) << parsed.err;
  std::size_t words = 0, upos = 0, uas = 0;
  std::vector<std::string> given = Split(kGiven, '\n'), written = Split(parsed.out, '\n');
  ASSERT_EQ(written.size(), given.size());
  for (std::size_t i = 0; i < given.size(); ++i) {
    std::vector<std::string> in = Split(given[i], '\t'), out = Split(written[i], '\t');
    if (in.size() != 10 || in[0].find('-') != std::string::npos) continue;
    ++words;
    upos += in[3] == out[3];
    uas += in[6] == out[6];
  }
  CommandResult eval = RunKgraph("eval parse '" + gold + "'");
  ASSERT_EQ(eval.exit_code, 0) << eval.err;
  char expected[64];
  std::snprintf(expected, sizeof(expected), "upos=%.2f ", 100.0 * upos / words);
  EXPECT_TRUE(LastLine(eval.out).starts_with(expected)) << eval.out << "\nexpected " << expected;
  std::snprintf(expected, sizeof(expected), " uas=%.2f ", 100.0 * uas / words);
  EXPECT_NE(LastLine(eval.out).find(expected), std::string::npos) << eval.out;
}

TEST(ParseCommand, HelpGoesToStdout) {
  for (const char* arguments : {"parse --help", "eval parse --help"}) {
    CommandResult result = RunKgraph(arguments);
    EXPECT_EQ(result.exit_code, 0) << arguments;
    EXPECT_NE(result.out.find("--models"), std::string::npos) << result.out;
  }
}

TEST(ParseCommand, MissingInputIsAnErrorNamingIt) {
  TempDir dir;
  std::string missing = dir.File("no-such.txt");
  for (const std::string format : {"text", "conllu"}) {
    CommandResult result = RunKgraph("parse --input-format " + format + " '" + missing + "'");
    EXPECT_EQ(result.exit_code, 1) << format;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
    EXPECT_NE(result.err.find(missing + ": no such file"), std::string::npos) << result.err;
  }
}

TEST(ParseCommand, UnknownInputFormatIsAUsageError) {
  CommandResult result = RunKgraph("parse --input-format xml -");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("xml"), std::string::npos) << result.err;
}

TEST(ParseCommand, MissingParserModelIsNamed) {
  TempDir dir;
  std::filesystem::create_directory(dir.path() / "models");
  std::error_code ignored;
  std::filesystem::copy_file(ModelDir() + "/tagger.bin", dir.File("models/tagger.bin"), ignored);
  std::string input = dir.Write("a.txt", "Putin met Trump.\n");
  CommandResult result = RunKgraph("parse --models '" + dir.File("models") + "' '" + input + "'");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(dir.File("models/parser.bin") + ": model file not found"),
            std::string::npos)
      << result.err;
  EXPECT_TRUE(result.out.empty());
}

TEST(EvalParse, MalformedGoldNamesFileAndLine) {
  TempDir dir;
  std::string gold = dir.Write("bad.conllu", "# text = a\n1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n2\tb\n");
  CommandResult result = RunKgraph("eval parse '" + gold + "'");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  EXPECT_NE(result.err.find(gold + ":3: expected 10 tab-separated columns"), std::string::npos)
      << result.err;
}

TEST(EvalParse, MissingGoldIsAUsageError) {
  TempDir dir;
  CommandResult result = RunKgraph("eval parse '" + dir.File("none.conllu") + "'");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("none.conllu"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace kgraph::testing
