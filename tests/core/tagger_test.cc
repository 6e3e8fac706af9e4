#include "core/tagger/tagger.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/conllu/conllu.h"
#include "core/error.h"
#include "core/eval/tagging_eval.h"
#include "core/io/model_file.h"
#include "core/tagger/lemmatizer.h"
#include "core/tagger/perceptron.h"
#include "core/tagger/tagger_trainer.h"
#include "core/text/tokenizer.h"
#include "tests/tiny_treebank.h"

namespace kgraph {
namespace {

std::vector<ConlluSentence> Tiny() {
  std::istringstream in(kTinyTreebank);
  return ReadConllu(in, "tiny");
}

std::string FileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::unique_ptr<Tagger> TrainTiny(std::uint64_t seed = 1, int threads = 1,
                                  std::vector<std::vector<TagPair>>* jackknifed = nullptr) {
  TaggerTrainingOptions options;
  options.threads = threads;
  options.first_pass_iterations = 5;
  options.iterations = 5;
  options.seed = seed;
  options.dictionary_min_count = 1;
  options.min_weight = 0.0f;
  std::ostringstream log;
  return TrainTagger(Tiny(), Tiny(), options, log, jackknifed);
}

TEST(Lemmatizer, LearnsSuffixRulesForUnseenWords) {
  LemmatizerTrainer trainer;
  trainer.Add("hopes", "VBZ", "hope");
  trainer.Add("hopes", "VBZ", "hope");
  trainer.Add("cooperated", "VBD", "cooperate");
  trainer.Add("Patrushev", "NNP", "Patrushev");
  trainer.Add("The", "DT", "the");
  Lemmatizer lemmatizer = trainer.Build();
  EXPECT_EQ(lemmatizer.Lemmatize("hopes", "VBZ"), "hope");
  EXPECT_EQ(lemmatizer.Lemmatize("copes", "VBZ"), "cope");  // by suffix
  EXPECT_EQ(lemmatizer.Lemmatize("operated", "VBD"), "operate");
  EXPECT_EQ(lemmatizer.Lemmatize("THE", "DT"), "the");
  EXPECT_EQ(lemmatizer.Lemmatize("Bortnikov", "NNP"), "Bortnikov");
}

TEST(Lemmatizer, RulesRoundTrip) {
  LemmaRule rule = RuleFor("studies", "study");
  EXPECT_EQ(ApplyRule(rule, "studies"), "study");
  EXPECT_EQ(ApplyRule(rule, "ladies"), "lady");
  EXPECT_EQ(ApplyRule(RuleFor("Was", "be"), "Was"), "be");
}

TEST(LinearModel, CompactModelsSaveAndLoadExactly) {
  PerceptronTrainer trainer(3);
  const std::vector<FeatureHash> a = {1, 2, 3}, b = {2, 4};
  for (int round = 0; round < 5; ++round) {
    trainer.Update(a, 0, 1);
    trainer.Update(b, 2, 0);
  }
  LinearModel compact = trainer.Averaged().Compact(0.0f);
  ModelWriter writer;
  compact.Save(writer);
  std::string path = testing::TempDir() + "/kgraph_linear_model.bin";
  SaveModelFile(path, "linear", 1, writer);
  ModelReader reader = LoadModelFile(path, "linear", 1);
  LinearModel loaded = LinearModel::Load(reader);
  for (const auto& features : {a, b}) {
    std::vector<float> expected(3), actual(3);
    compact.Score(features, expected);
    loaded.Score(features, actual);
    EXPECT_EQ(expected, actual);
  }
  EXPECT_EQ(ArgMax(std::vector<float>{0.5f, 2.0f, 2.0f}), 1);  // ties: lowest class
  // Pruning drops small weights.
  EXPECT_LT(trainer.Averaged().Compact(1e6f).weight_count(), compact.weight_count());
}

TEST(Tagger, FitsItsTrainingData) {
  std::unique_ptr<Tagger> tagger = TrainTiny();
  TaggingScores scores = EvaluateTagger(*tagger, Tiny());
  EXPECT_EQ(scores.words, 15u);
  EXPECT_DOUBLE_EQ(scores.Upos(), 100.0);
  EXPECT_DOUBLE_EQ(scores.Xpos(), 100.0);
  EXPECT_DOUBLE_EQ(scores.Lemma(), 100.0);
}

TEST(Tagger, SaveLoadKeepsEveryDecisionAndTheBytes) {
  std::unique_ptr<Tagger> tagger = TrainTiny();
  std::string path = testing::TempDir() + "/kgraph_tiny_tagger.bin";
  tagger->Save(path);
  std::unique_ptr<Tagger> loaded = Tagger::Load(path);
  Document a = DocumentFromGoldWords(Tiny()), b = DocumentFromGoldWords(Tiny());
  tagger->Tag(a);
  loaded->Tag(b);
  for (std::size_t s = 0; s < a.sentences.size(); ++s) {
    for (std::size_t i = 0; i < a.sentences[s].tokens.size(); ++i) {
      EXPECT_EQ(a.sentences[s].tokens[i].xpos, b.sentences[s].tokens[i].xpos);
      EXPECT_EQ(a.sentences[s].tokens[i].lemma, b.sentences[s].tokens[i].lemma);
    }
  }
  // Same seed, same data: byte-identical model files.
  std::string again = testing::TempDir() + "/kgraph_tiny_tagger_again.bin";
  TrainTiny()->Save(again);
  EXPECT_EQ(FileBytes(path), FileBytes(again));
}

TEST(Tagger, TheModelAndJackknifedTagsAreTheSameOnAnyNumberOfThreads) {
  std::vector<std::vector<TagPair>> one_thread, three_threads;
  const std::string a = testing::TempDir() + "/kgraph_tagger_1_thread.bin";
  const std::string b = testing::TempDir() + "/kgraph_tagger_3_threads.bin";
  TrainTiny(5, 1, &one_thread)->Save(a);
  TrainTiny(5, 3, &three_threads)->Save(b);
  EXPECT_EQ(FileBytes(a), FileBytes(b));
  ASSERT_EQ(one_thread.size(), Tiny().size());
  for (std::size_t s = 0; s < one_thread.size(); ++s) {
    ASSERT_EQ(one_thread[s].size(), three_threads[s].size());
    for (std::size_t i = 0; i < one_thread[s].size(); ++i) {
      EXPECT_EQ(one_thread[s][i].upos, three_threads[s][i].upos);
      EXPECT_EQ(one_thread[s][i].xpos, three_threads[s][i].xpos);
    }
  }
  std::filesystem::remove(a);
  std::filesystem::remove(b);
}

TEST(Tagger, BrokenModelFilesAreClearErrors) {
  std::string path = testing::TempDir() + "/kgraph_broken_tagger.bin";
  TrainTiny()->Save(path);
  std::filesystem::resize_file(path, std::filesystem::file_size(path) / 2);
  try {
    Tagger::Load(path);
    FAIL() << "truncated model accepted";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
  }
  EXPECT_THROW(Tagger::Load(testing::TempDir() + "/no_such_model.bin"), Error);
}

TEST(Tagger, EmptySentencesAndDocuments) {
  std::unique_ptr<Tagger> tagger = TrainTiny();
  Document empty;
  tagger->Tag(empty);
  EXPECT_TRUE(tagger->Predict({}).empty());
}

TEST(ShippedTagger, ProseSentencesGetAFiniteVerb) {
  std::unique_ptr<Tagger> tagger =
      Tagger::Load(std::string(KGRAPH_SOURCE_DIR) + "/models/tagger.bin");
  Document doc;
  doc.text =
      "Secretary of the Russian Security Council Nikolai Patrushev hopes for progress in "
      "cooperation between Russia and the U.S. in fighting terrorism in 2017.";
  NewEnglishTokenizer()->Tokenize(doc);
  ASSERT_EQ(doc.sentences.size(), 1u);
  tagger->Tag(doc, TaggingOptions{.prose = true});
  bool found = false;
  for (const Token& token : doc.sentences[0].tokens) {
    if (doc.Form(token) == "hopes") {
      found = true;
      EXPECT_EQ(token.xpos, "VBZ");
      EXPECT_EQ(token.lemma, "hope");
    }
  }
  EXPECT_TRUE(found);
}

// The shipped model on EWT dev: guards the accuracy quoted in the README.
TEST(ShippedTagger, EwtDevAccuracy) {
  std::string dev = std::string(KGRAPH_SHARED_DIR) + "/data/ud-ewt/en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(dev)) {
    GTEST_SKIP() << "UD EWT dev not found at " << dev << " (../shared missing): not checked";
  }
  std::unique_ptr<Tagger> tagger =
      Tagger::Load(std::string(KGRAPH_SOURCE_DIR) + "/models/tagger.bin");
  TaggingScores scores = EvaluateTagger(*tagger, ReadConlluFile(dev));
  // Measured 95.75 / 95.12 / 96.58 (README, Accuracy); a drop of more than 0.1 fails, and
  // issue #2's UPOS target is 95.5.
  EXPECT_GE(scores.Upos(), 95.65);
  EXPECT_GE(scores.Xpos(), 95.02);
  EXPECT_GE(scores.Lemma(), 96.48);
  ASSERT_TRUE(tagger->network().has_value());

  // Without the network (kgraph --no-tagger-network): measured 95.39 / 94.67 / 96.53.
  tagger->SetNetwork(std::nullopt);
  const TaggingScores perceptron = EvaluateTagger(*tagger, ReadConlluFile(dev));
  EXPECT_GE(perceptron.Upos(), 95.29);
  EXPECT_GE(perceptron.Xpos(), 94.57);
  EXPECT_LT(perceptron.Upos(), scores.Upos());
}

}  // namespace
}  // namespace kgraph
