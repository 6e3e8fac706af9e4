// kgraph eval entities, train-ner and train-coref end to end: the report's last line, errors with
// file and line, and models trained by the commands that the pipeline loads.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <string>

#include "tests/cli/cli_runner.h"

namespace kgraph::testing {
namespace {

constexpr char kGold[] =
    "# newdoc id = d1\n"
    "# text = Putin visited Moscow.\n"
    "1\tPutin\tPutin\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-person-new-nnnnn-cf1-1-sgl)\n"
    "2\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMoscow\tMoscow\tPROPN\tNNP\t_\t2\tobj\t_\tEntity=(2-place-new-nnnnn-cf1-1-sgl)|"
    "SpaceAfter=No\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n";

std::string LastLine(const std::string& out) {
  std::string trimmed = out.substr(0, out.find_last_not_of('\n') + 1);
  return trimmed.substr(trimmed.rfind('\n') + 1);
}

TEST(EvalEntities, LastLineHasNerAndCorefFields) {
  TempDir dir;
  const std::string gold = dir.Write("gold.conllu", kGold);
  for (const char* flags : {"", "--gold-tokens "}) {
    CommandResult result = RunKgraph("eval entities " + std::string(flags) + "'" + gold + "'");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(std::regex_match(
        LastLine(result.out),
        std::regex(
            R"(ner_f1=\d+\.\d\d muc=\d+\.\d\d b3=\d+\.\d\d ceafe=\d+\.\d\d coref_f1=\d+\.\d\d)")))
        << result.out;
    EXPECT_NE(result.out.find("PERSON: gold=1 "), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("PLACE: gold=1 "), std::string::npos) << result.out;
  }
}

TEST(EvalEntities, ScoresTheResolvedPronoun) {
  // "He" refers to Putin (entity 1); the pipeline resolves it, every metric is perfect.
  std::string gold = kGold;
  gold.replace(gold.find("(1-person-new-nnnnn-cf1-1-sgl)"), 30, "(1-person-new-nnnnn-cf1-1-coref)");
  gold +=
      "# text = He left.\n"
      "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv:act-nnnnn-cf1-1-ana)\n"
      "2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
      "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
      "\n";
  TempDir dir;
  CommandResult result = RunKgraph("eval entities '" + dir.Write("gold.conllu", gold) + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(LastLine(result.out).ends_with("muc=100.00 b3=100.00 ceafe=100.00 coref_f1=100.00"))
      << result.out;
}

TEST(EvalEntities, MalformedBracketNamesFileAndLine) {
  TempDir dir;
  std::string bad = kGold;
  bad.replace(bad.find("Entity=(2-place-new-nnnnn-cf1-1-sgl)"), 36, "Entity=9)");
  const std::string gold = dir.Write("bad.conllu", bad);
  CommandResult result = RunKgraph("eval entities '" + gold + "'");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(gold + ":5: Entity bracket '9)' closes no open mention"),
            std::string::npos)
      << result.err;
}

TEST(TrainNer, WritesAModelThePipelineLoads) {
  TempDir dir;
  std::string train;
  for (int copy = 0; copy < 3; ++copy) train += kGold;
  const std::string gold = dir.Write("train.conllu", train);
  std::filesystem::create_directory(dir.File("models"));
  const std::string models = std::string(KGRAPH_SOURCE_DIR) + "/models/";
  for (const char* model : {"tagger.bin", "parser.bin", "coref.bin"}) {
    std::filesystem::copy_file(models + model, dir.File("models/") + model);
  }
  CommandResult result =
      RunKgraph("--quiet train-ner --models '" + dir.File("models") + "' --train '" + gold +
                "' --dev '" + gold + "' --iterations 3 -o '" + dir.File("models/ner.bin") + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  CommandResult evaluated =
      RunKgraph("eval entities --models '" + dir.File("models") + "' '" + gold + "'");
  ASSERT_EQ(evaluated.exit_code, 0) << evaluated.err;
  // Both gold mentions are singletons: no coreference to score.
  EXPECT_EQ(LastLine(evaluated.out), "ner_f1=100.00 muc=0.00 b3=0.00 ceafe=0.00 coref_f1=0.00");
}

TEST(TrainNer, AMalformedGazetteerIsAnErrorWithItsLine) {
  TempDir dir;
  const std::string gold = dir.Write("train.conllu", kGold);
  const std::string gazetteer = dir.Write("names.tsv", "place\tMoscow\ncity\tParis\n");
  CommandResult result = RunKgraph("train-ner --train '" + gold + "' --gazetteer '" + gazetteer +
                                   "' -o '" + dir.File("ner.bin") + "'");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(gazetteer + ":2: unknown kind 'city'"), std::string::npos)
      << result.err;
  EXPECT_FALSE(std::filesystem::exists(dir.File("ner.bin")));
}

TEST(TrainNer, MissingNerModelIsNamed) {
  TempDir dir;
  std::filesystem::create_directory(dir.File("models"));
  const std::string models = std::string(KGRAPH_SOURCE_DIR) + "/models/";
  for (const char* model : {"tagger.bin", "parser.bin"}) {
    std::filesystem::copy_file(models + model, dir.File("models/") + model);
  }
  const std::string input = dir.Write("a.txt", "Putin met Trump.\n");
  CommandResult result = RunKgraph("parse --models '" + dir.File("models") + "' '" + input + "'");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(dir.File("models/ner.bin") + ": model file not found"),
            std::string::npos)
      << result.err;
}

// kGold with "He left." after it, "He" being Putin.
std::string GoldWithPronoun() {
  std::string gold = kGold;
  gold.replace(gold.find("(1-person-new-nnnnn-cf1-1-sgl)"), 30, "(1-person-new-nnnnn-cf1-1-coref)");
  return gold +
         "# text = He left.\n"
         "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv:act-nnnnn-cf1-1-ana)\n"
         "2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
         "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
         "\n";
}

TEST(TrainCoref, WritesAModelThePipelineLoads) {
  TempDir dir;
  std::string train;
  for (int copy = 0; copy < 3; ++copy) train += GoldWithPronoun();
  const std::string gold = dir.Write("train.conllu", train);
  std::filesystem::create_directory(dir.File("models"));
  const std::string models = std::string(KGRAPH_SOURCE_DIR) + "/models/";
  for (const char* model : {"tagger.bin", "parser.bin", "ner.bin"}) {
    std::filesystem::copy_file(models + model, dir.File("models/") + model);
  }
  CommandResult result = RunKgraph("train-coref --models '" + dir.File("models") + "' --train '" +
                                   gold + "' -o '" + dir.File("models/coref.bin") + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("coref epoch 5: 3 pronouns"), std::string::npos) << result.err;
  CommandResult evaluated =
      RunKgraph("eval entities --models '" + dir.File("models") + "' '" + gold + "'");
  ASSERT_EQ(evaluated.exit_code, 0) << evaluated.err;
  EXPECT_TRUE(LastLine(evaluated.out).ends_with("coref_f1=100.00")) << evaluated.out;
}

TEST(TrainCoref, BadInputIsAnErrorAndWritesNoModel) {
  TempDir dir;
  std::string bad = kGold;
  bad.replace(bad.find("Entity=(2-place-new-nnnnn-cf1-1-sgl)"), 36, "Entity=9)");
  const std::string gold = dir.Write("bad.conllu", bad);
  CommandResult result =
      RunKgraph("train-coref --train '" + gold + "' -o '" + dir.File("coref.bin") + "'");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(gold + ":5: Entity bracket '9)' closes no open mention"),
            std::string::npos)
      << result.err;
  EXPECT_FALSE(std::filesystem::exists(dir.File("coref.bin")));
  CommandResult no_dir =
      RunKgraph("train-coref --train '" + gold + "' -o '" + dir.File("none/coref.bin") + "'");
  EXPECT_EQ(no_dir.exit_code, 1);
  EXPECT_NE(no_dir.err.find("output directory does not exist"), std::string::npos) << no_dir.err;
}

TEST(TrainCoref, MissingCorefModelIsNamed) {
  TempDir dir;
  std::filesystem::create_directory(dir.File("models"));
  const std::string models = std::string(KGRAPH_SOURCE_DIR) + "/models/";
  for (const char* model : {"tagger.bin", "parser.bin", "ner.bin"}) {
    std::filesystem::copy_file(models + model, dir.File("models/") + model);
  }
  const std::string input = dir.Write("a.txt", "Putin met Trump.\n");
  CommandResult result = RunKgraph("build --models '" + dir.File("models") + "' '" + input +
                                   "' -o '" + dir.File("g.graphml") + "'");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(dir.File("models/coref.bin") + ": model file not found"),
            std::string::npos)
      << result.err;
}

}  // namespace
}  // namespace kgraph::testing
