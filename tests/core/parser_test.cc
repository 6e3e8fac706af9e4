#include "core/parser/parser.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "core/conllu/conllu.h"
#include "core/error.h"
#include "core/eval/parsing_eval.h"
#include "core/io/model_file.h"
#include "core/parser/biaffine_trainer.h"
#include "core/parser/biaffine_vocabulary.h"
#include "core/parser/parser_trainer.h"
#include "core/parser/projectivize.h"
#include "core/parser/transition_system.h"
#include "core/tagger/tagger.h"
#include "tests/tiny_treebank.h"

namespace kgraph {
namespace {

std::vector<ConlluSentence> Tiny() {
  std::istringstream in(kTinyTreebank);
  return ReadConllu(in, "tiny");
}

// The parsers' common behaviour is tested for both implementations (the test parameter).
std::unique_ptr<Parser> TrainTiny(const std::string& architecture, std::uint64_t seed = 1) {
  std::ostream quiet(nullptr);
  if (architecture == "biaffine") {
    BiaffineTrainingOptions options;
    options.epochs = 80;
    options.seed = seed;
    options.batch_words = 1;  // one sentence per update
    options.hidden = 32;
    options.buckets = 256;
    options.learning_rate_decay = 1.0;  // 80 short epochs: no decay
    return TrainBiaffineParser(Tiny(), {}, options, quiet);
  }
  ParserTrainingOptions options;
  options.iterations = 10;
  options.seed = seed;
  options.min_weight = 0.0f;
  return TrainParser(Tiny(), {}, options, quiet);
}

class AnyParser : public testing::TestWithParam<std::string> {
 protected:
  std::unique_ptr<Parser> TrainTiny(std::uint64_t seed = 1) const {
    return kgraph::TrainTiny(GetParam(), seed);
  }
};
INSTANTIATE_TEST_SUITE_P(Parser, AnyParser, testing::Values("transition", "biaffine"));

// One root labelled "root" (and no other word so), every head in range, and every word reaches
// the root without a cycle.
void ExpectWellFormed(const Parser& parser, const Parser::Tree& tree, std::size_t size) {
  ASSERT_EQ(tree.heads.size(), size);
  ASSERT_EQ(tree.labels.size(), size);
  int roots = 0;
  for (std::size_t w = 0; w < size; ++w) {
    ASSERT_GE(tree.heads[w], -1);
    ASSERT_LT(tree.heads[w], static_cast<int>(size));
    ASSERT_NE(tree.heads[w], static_cast<int>(w));
    ASSERT_GE(tree.labels[w], 0);
    roots += tree.heads[w] == -1;
    EXPECT_EQ(parser.labels()[tree.labels[w]] == "root", tree.heads[w] == -1) << "word " << w;
    int at = static_cast<int>(w);
    for (std::size_t steps = 0; at != -1; ++steps) {
      ASSERT_LE(steps, size) << "cycle through word " << w;
      at = tree.heads[at];
    }
  }
  if (size > 0) {
    EXPECT_EQ(roots, 1);
  }
}

TEST(Projectivize, LeavesProjectiveTreesAlone) {
  std::vector<int> heads = {1, 4, 3, 1};  // root = 4
  EXPECT_TRUE(IsProjective(heads));
  EXPECT_EQ(Projectivize(heads), 0);
  EXPECT_EQ(heads, (std::vector<int>{1, 4, 3, 1}));
}

TEST(Projectivize, LiftsACrossingArcToTheGrandparent) {
  // 2 -> 0 crosses over word 1, which 2 does not dominate.
  std::vector<int> heads = {2, 4, 1, 1};
  EXPECT_FALSE(IsProjective(heads));
  EXPECT_EQ(Projectivize(heads), 1);
  EXPECT_EQ(heads, (std::vector<int>{1, 4, 1, 1}));
  EXPECT_TRUE(IsProjective(heads));
}

// Following zero-cost transitions from the start must rebuild a projective gold tree exactly:
// the dynamic oracle's costs are exact for projective trees.
void ExpectOracleRebuilds(GoldTree gold) {
  gold.Index();
  const int size = static_cast<int>(gold.heads.size());
  const int labels = 1 + *std::max_element(gold.labels.begin(), gold.labels.end());
  ParserState state(size);
  while (!state.Terminal()) {
    int chosen = -1;
    for (int id = 0; id < TransitionCount(labels) && chosen < 0; ++id) {
      Transition t = TransitionOf(id);
      if (state.CanApply(t.move) && TransitionCost(state, gold, t) == 0) chosen = id;
    }
    ASSERT_GE(chosen, 0) << "no zero-cost transition";
    state.Apply(TransitionOf(chosen));
  }
  for (int w = 0; w < size; ++w) {
    EXPECT_EQ(state.Head(w), gold.heads[w]) << "word " << w;
    EXPECT_EQ(state.Label(w), gold.labels[w]) << "word " << w;
  }
}

TEST(DynamicOracle, RebuildsTinyTrees) {
  ExpectOracleRebuilds({{1, 5, 3, 1, 1}, {0, 1, 2, 3, 4}, {}});
  ExpectOracleRebuilds({{1, 2, 5, 2, 2}, {0, 1, 2, 3, 0}, {}});
  ExpectOracleRebuilds({{1}, {0}, {}});  // a single word, root = 1
}

TEST(DynamicOracle, RebuildsEveryProjectivizedEwtDevTree) {
  const std::string path = std::string(KGRAPH_SHARED_DIR) + "/data/ud-ewt/en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared data missing: " << path;
  for (const ConlluSentence& sentence : ReadConlluFile(path)) {
    GoldTree gold;
    const int size = static_cast<int>(sentence.words.size());
    int roots = 0;
    for (const ConlluWord& word : sentence.words) {
      gold.heads.push_back(word.head == 0 ? size : word.head - 1);
      gold.labels.push_back(static_cast<int>(word.deprel.size()));  // any stable id
      roots += word.head == 0;
    }
    if (roots != 1) continue;
    Projectivize(gold.heads);
    ExpectOracleRebuilds(gold);
    if (testing::Test::HasFailure()) {
      ADD_FAILURE() << "sentence " << sentence.sent_id;
      return;
    }
  }
}

TEST_P(AnyParser, LearnsTheTinyTreebank) {
  std::unique_ptr<Parser> parser = TrainTiny();
  for (const ConlluSentence& sentence : Tiny()) {
    Parser::Tree tree = parser->Predict(ParseWordsOf(sentence));
    for (std::size_t i = 0; i < sentence.words.size(); ++i) {
      EXPECT_EQ(tree.heads[i] + 1, sentence.words[i].head) << sentence.words[i].form;
      EXPECT_EQ(parser->labels()[tree.labels[i]], sentence.words[i].deprel);
    }
  }
}

TEST_P(AnyParser, EveryInputGetsAWellFormedTree) {
  std::unique_ptr<Parser> parser = TrainTiny();
  const std::vector<std::string> forms = {"the", "Patrushev", ",",   "said",
                                          "(",   "2,000",     "FOR", "%"};
  const std::vector<std::string> tags = {"DT", "NNP", ",", "VBD", "-LRB-", "CD", "IN", "NN"};
  std::mt19937_64 engine(7);
  for (int size : {0, 1, 2, 3, 7, 40, 300}) {
    std::vector<ParseWord> words;
    for (int i = 0; i < size; ++i) {
      words.push_back({forms[engine() % forms.size()], Upos::kX, tags[engine() % tags.size()]});
    }
    ExpectWellFormed(*parser, parser->Predict(words), words.size());
  }
}

TEST_P(AnyParser, ABatchGetsTheTreesItsSentencesGetAlone) {
  std::unique_ptr<Parser> parser = TrainTiny();
  const std::vector<ConlluSentence> tiny = Tiny();  // the words' forms point into it
  std::vector<std::vector<ParseWord>> sentences;
  for (const ConlluSentence& sentence : tiny) sentences.push_back(ParseWordsOf(sentence));
  // Empty, short and long sentences, more words than one internal batch holds.
  std::mt19937_64 engine(11);
  for (int size : {0, 300, 1, 17, 0, 45, 2, 120, 9, 64}) {
    std::vector<ParseWord>& words = sentences.emplace_back();
    for (int i = 0; i < size; ++i) words.push_back(sentences[engine() % 3][0]);
  }
  const std::vector<Parser::Tree> trees = parser->PredictBatch(sentences);
  ASSERT_EQ(trees.size(), sentences.size());
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const Parser::Tree alone = parser->Predict(sentences[s]);
    EXPECT_EQ(trees[s].heads, alone.heads) << "sentence " << s;
    EXPECT_EQ(trees[s].labels, alone.labels) << "sentence " << s;
    ExpectWellFormed(*parser, trees[s], sentences[s].size());
  }
}

TEST_P(AnyParser, SaveAndLoadKeepEveryDecision) {
  std::unique_ptr<Parser> parser = TrainTiny();
  const std::string path = testing::TempDir() + "/kgraph_tiny_parser_" + GetParam() + ".bin";
  parser->Save(path);
  std::unique_ptr<Parser> loaded = Parser::Load(path);
  EXPECT_EQ(loaded->labels(), parser->labels());
  for (const ConlluSentence& sentence : Tiny()) {
    Parser::Tree a = parser->Predict(ParseWordsOf(sentence)),
                 b = loaded->Predict(ParseWordsOf(sentence));
    EXPECT_EQ(a.heads, b.heads);
    EXPECT_EQ(a.labels, b.labels);
  }
  std::filesystem::remove(path);
}

TEST_P(AnyParser, TrainingIsReproducible) {
  const std::string a = testing::TempDir() + "/kgraph_parser_a_" + GetParam() + ".bin";
  const std::string b = testing::TempDir() + "/kgraph_parser_b_" + GetParam() + ".bin";
  TrainTiny(3)->Save(a);
  TrainTiny(3)->Save(b);
  std::ifstream in_a(a, std::ios::binary), in_b(b, std::ios::binary);
  std::ostringstream bytes_a, bytes_b;
  bytes_a << in_a.rdbuf();
  bytes_b << in_b.rdbuf();
  EXPECT_FALSE(bytes_a.str().empty());
  EXPECT_EQ(bytes_a.str(), bytes_b.str());
  std::filesystem::remove(a);
  std::filesystem::remove(b);
}

TEST_P(AnyParser, RejectsATruncatedModel) {
  const std::string path = testing::TempDir() + "/kgraph_truncated_parser_" + GetParam() + ".bin";
  TrainTiny()->Save(path);
  std::filesystem::resize_file(path, std::filesystem::file_size(path) / 2);
  EXPECT_THROW(Parser::Load(path), Error);
  std::filesystem::remove(path);
}

TEST(Parser, LoadNamesAModelOfAnotherKind) {
  const std::string path = testing::TempDir() + "/kgraph_not_a_parser.bin";
  ModelWriter writer;
  writer.WriteU64(0);
  SaveModelFile(path, "tagger", 1, writer);
  try {
    Parser::Load(path);
    ADD_FAILURE() << "a tagger model loaded as a parser";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("'tagger'"), std::string::npos) << e.what();
  }
  std::filesystem::remove(path);
}

TEST(BiaffineVocabulary, KnownWordsTagsAndRelationsGetStableIds) {
  const BiaffineVocabulary vocabulary = BiaffineVocabulary::Build(Tiny(), 1);
  const BiaffineWordIds the = vocabulary.IdsOf({"The", Upos::kDet, "DT"}, 1024);
  const BiaffineWordIds lower = vocabulary.IdsOf({"the", Upos::kDet, "DT"}, 1024);
  EXPECT_GE(the.word, kReservedIds);
  EXPECT_EQ(the.word, lower.word);    // forms are lowercased
  EXPECT_NE(the.shape, lower.shape);  // but the shape keeps the capital
  EXPECT_GE(the.xpos, kReservedIds);
  const BiaffineWordIds unknown = vocabulary.IdsOf({"zyzzyva", Upos::kX, "ZZ"}, 1024);
  EXPECT_EQ(unknown.word, kUnknownId);
  EXPECT_EQ(unknown.xpos, kUnknownId);
  EXPECT_LT(unknown.suffix, 1024);
  EXPECT_GE(vocabulary.LabelId("nsubj"), 0);
  EXPECT_EQ(vocabulary.LabelId("no-such-relation"), -1);
  // Saved and loaded, the vocabulary gives the same ids.
  ModelWriter writer;
  vocabulary.Save(writer);
  ModelReader reader(writer.payload(), "vocabulary", 0);
  const BiaffineVocabulary loaded = BiaffineVocabulary::Load(reader);
  EXPECT_EQ(loaded.IdsOf({"The", Upos::kDet, "DT"}, 1024).word, the.word);
  EXPECT_EQ(loaded.labels(), vocabulary.labels());
}

TEST_P(AnyParser, ParsesADocumentInPlace) {
  std::unique_ptr<Parser> parser = TrainTiny();
  Document doc = DocumentFromGoldWords(Tiny());
  // DocumentFromGoldWords leaves tags empty; give the parser the gold ones.
  std::vector<ConlluSentence> gold = Tiny();
  for (std::size_t s = 0; s < gold.size(); ++s) {
    for (std::size_t i = 0; i < gold[s].words.size(); ++i) {
      doc.sentences[s].tokens[i].upos = *ParseUpos(gold[s].words[i].upos);
      doc.sentences[s].tokens[i].xpos = gold[s].words[i].xpos;
    }
  }
  parser->Parse(doc);
  EXPECT_EQ(doc.sentences[0].tokens[0].head, 1);
  EXPECT_EQ(doc.sentences[0].tokens[0].deprel, "nsubj");
  EXPECT_EQ(doc.sentences[0].tokens[1].head, -1);
  EXPECT_EQ(doc.sentences[0].tokens[1].deprel, "root");
}

// The shipped models on EWT dev, as `kgraph eval parse` scores them: guards the README's numbers.
TEST(ShippedParser, EwtDevAccuracy) {
  const std::string dev = std::string(KGRAPH_SHARED_DIR) + "/data/ud-ewt/en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(dev)) {
    GTEST_SKIP() << "UD EWT dev not found at " << dev << " (../shared missing): not checked";
  }
  const std::string models = std::string(KGRAPH_SOURCE_DIR) + "/models/";
  std::unique_ptr<Tagger> tagger = Tagger::Load(models + "tagger.bin");
  std::unique_ptr<Parser> parser = Parser::Load(models + "parser.bin");
  ParsingScores scores = EvaluateParsingOnGoldTokens(ReadConlluFile(dev), [&](Document& doc) {
    tagger->Tag(doc);
    parser->Parse(doc);
  });
  // Measured 87.67 / 84.50 (README, Accuracy; 87.73 / 84.45 with the perceptron-only tags the
  // floors were set for); UAS may drop by 0.04, LAS by 0.15.
  EXPECT_GE(100 * scores.uas.F1(), 87.63);
  EXPECT_GE(100 * scores.las.F1(), 84.35);
}

}  // namespace
}  // namespace kgraph
