// kgraph train / train-tagger / train-parser end to end on a tiny treebank: the models they write
// load, work together in `kgraph parse`, and the same seed gives the same bytes.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "tests/cli/cli_runner.h"
#include "tests/tiny_treebank.h"

namespace kgraph::testing {
namespace {

// The tiny treebank four times, so the 4-fold jackknife has something in every fold.
std::string TinyTreebank() {
  std::string treebank;
  for (int copy = 0; copy < 4; ++copy) treebank += kTinyTreebank;
  return treebank;
}

TEST(TrainCommand, WritesATaggerAndAParserThatParseTogether) {
  TempDir dir;
  const std::string train = dir.Write("train.conllu", TinyTreebank());
  std::filesystem::create_directory(dir.File("models"));
  CommandResult result =
      RunKgraph("--quiet train --train '" + train + "' --dev '" + train + "' -o '" +
                dir.File("models") + "' --jackknifed-train '" + dir.File("jk.conllu") + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(std::filesystem::exists(dir.File("models/tagger.bin")));
  EXPECT_TRUE(std::filesystem::exists(dir.File("models/parser.bin")));
  EXPECT_NE(ReadFileOrEmpty(dir.File("jk.conllu")).find("\tPatrushev\t"), std::string::npos);

  // Models this small are poor, but they load, work together and give every sentence a tree.
  // The pipeline also loads ner.bin and coref.bin, which `train` does not write: the shipped
  // ones serve.
  for (const char* name : {"ner.bin", "coref.bin"}) {
    std::filesystem::copy_file(std::string(KGRAPH_SOURCE_DIR) + "/models/" + name,
                               dir.File(std::string("models/") + name));
  }
  CommandResult parsed = RunKgraph("parse --input-format conllu --models '" + dir.File("models") +
                                   "' '" + train + "'");
  ASSERT_EQ(parsed.exit_code, 0) << parsed.err;
  std::size_t roots = 0;
  for (std::size_t at = parsed.out.find("\t0\troot\t"); at != std::string::npos;
       at = parsed.out.find("\t0\troot\t", at + 1)) {
    ++roots;
  }
  EXPECT_EQ(roots, 12u) << parsed.out;
}

TEST(TrainCommand, TrainParserIsReproducible) {
  TempDir dir;
  const std::string train = dir.Write("train.conllu", TinyTreebank());
  for (const char* name : {"a.bin", "b.bin"}) {
    CommandResult result = RunKgraph("--quiet train-parser --train '" + train + "' -o '" +
                                     dir.File(name) + "' --iterations 3 --seed 5");
    ASSERT_EQ(result.exit_code, 0) << result.err;
  }
  const std::string a = ReadFileOrEmpty(dir.File("a.bin"));
  EXPECT_FALSE(a.empty());
  EXPECT_EQ(a, ReadFileOrEmpty(dir.File("b.bin")));
}

TEST(TrainCommand, TrainsABiaffineParserThatParseUses) {
  TempDir dir;
  const std::string train = dir.Write("train.conllu", TinyTreebank());
  std::filesystem::create_directory(dir.File("models"));
  for (const char* name : {"a.bin", "b.bin"}) {
    CommandResult result =
        RunKgraphTrain("--quiet train-parser --parser biaffine --hidden 16 --train '" + train +
                       "' -o '" + dir.File(name) + "' --iterations 2 --seed 5");
    ASSERT_EQ(result.exit_code, 0) << result.err;
  }
  const std::string model = ReadFileOrEmpty(dir.File("a.bin"));
  EXPECT_NE(model.find("biaffine-parser"), std::string::npos);
  EXPECT_EQ(model, ReadFileOrEmpty(dir.File("b.bin")));  // same seed, same bytes

  // Every command that loads parser.bin takes the biaffine model as it takes the other.
  std::filesystem::copy_file(dir.File("a.bin"), dir.File("models/parser.bin"));
  for (const char* name : {"tagger.bin", "ner.bin", "coref.bin"}) {
    std::filesystem::copy_file(std::string(KGRAPH_SOURCE_DIR) + "/models/" + name,
                               dir.File(std::string("models/") + name));
  }
  CommandResult parsed = RunKgraph("parse --input-format conllu --models '" + dir.File("models") +
                                   "' '" + train + "'");
  ASSERT_EQ(parsed.exit_code, 0) << parsed.err;
  EXPECT_NE(parsed.out.find("\t0\troot\t"), std::string::npos) << parsed.out;
}

TEST(TrainCommand, KgraphSendsBiaffineTrainingToKgraphTrain) {
  TempDir dir;
  const std::string train = dir.Write("train.conllu", TinyTreebank());
  CommandResult result = RunKgraph("train-parser --parser biaffine --train '" + train + "' -o '" +
                                   dir.File("p.bin") + "'");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("kgraph-train"), std::string::npos) << result.err;
  EXPECT_FALSE(std::filesystem::exists(dir.File("p.bin")));
}

TEST(TrainCommand, TrainsATaggerWithANetworkReproducibly) {
  TempDir dir;
  const std::string train = dir.Write("train.conllu", TinyTreebank());
  for (const char* name : {"a.bin", "b.bin"}) {
    CommandResult result =
        RunKgraphTrain("--quiet train-tagger --network-epochs 2 --train '" + train + "' --dev '" +
                       train + "' -o '" + dir.File(name) + "' --iterations 2 --seed 5");
    ASSERT_EQ(result.exit_code, 0) << result.err;
  }
  const std::string model = ReadFileOrEmpty(dir.File("a.bin"));
  EXPECT_FALSE(model.empty());
  EXPECT_EQ(model, ReadFileOrEmpty(dir.File("b.bin")));  // same seed, same bytes
  std::filesystem::create_directory(dir.File("models"));
  std::filesystem::copy_file(dir.File("a.bin"), dir.File("models/tagger.bin"));
  CommandResult scored =
      RunKgraph("eval tag --models '" + dir.File("models") + "' '" + train + "'");
  ASSERT_EQ(scored.exit_code, 0) << scored.err;
  EXPECT_NE(scored.out.find("upos="), std::string::npos) << scored.out;
  CommandResult perceptron = RunKgraph("eval tag --no-tagger-network --models '" +
                                       dir.File("models") + "' '" + train + "'");
  ASSERT_EQ(perceptron.exit_code, 0) << perceptron.err;
  EXPECT_NE(perceptron.out.find("upos="), std::string::npos) << perceptron.out;
}

TEST(TrainCommand, KgraphSendsNetworkTrainingToKgraphTrain) {
  TempDir dir;
  const std::string train = dir.Write("train.conllu", TinyTreebank());
  CommandResult result = RunKgraph("train-tagger --network-epochs 2 --train '" + train + "' -o '" +
                                   dir.File("t.bin") + "'");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("kgraph-train"), std::string::npos) << result.err;
  EXPECT_FALSE(std::filesystem::exists(dir.File("t.bin")));
}

TEST(TrainCommand, UnknownParserIsAUsageError) {
  TempDir dir;
  const std::string train = dir.Write("train.conllu", TinyTreebank());
  CommandResult result = RunKgraph("train-parser --parser lstm --train '" + train + "' -o '" +
                                   dir.File("p.bin") + "'");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("--parser"), std::string::npos) << result.err;
}

TEST(TrainCommand, MissingOutputDirectoryFailsBeforeTraining) {
  TempDir dir;
  const std::string train = dir.Write("train.conllu", TinyTreebank());
  CommandResult result =
      RunKgraph("train --train '" + train + "' -o '" + dir.File("no/such/dir") + "'");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("output directory does not exist"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace kgraph::testing
