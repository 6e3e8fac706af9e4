// The tagger's neural network: the plain forward pass that tags against the libtorch network it
// was trained as, its model storage, and the tagger that votes with it.
#include "core/tagger/tagger_network.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "core/conllu/conllu.h"
#include "core/error.h"
#include "core/nn/int8_rows.h"
#include "core/nn/torch_training.h"
#include "core/tagger/tagger_network_scorer.h"
#include "core/tagger/tagger_network_trainer.h"
#include "core/tagger/tagger_trainer.h"
#include "tests/tiny_treebank.h"

namespace kgraph {
namespace {

std::vector<ConlluSentence> Tiny() {
  std::istringstream in(kTinyTreebank);
  return ReadConllu(in, "tiny");
}

TaggerNetworkSizes SmallSizes(std::int64_t words) {
  TaggerNetworkSizes sizes;
  sizes.words = words, sizes.classes = 5, sizes.buckets = 64;
  sizes.word_dim = 7, sizes.spelling_dim = 3, sizes.hidden = 6, sizes.layers = 2;
  return sizes;
}

std::vector<std::vector<std::string_view>> FormsOf(const std::vector<ConlluSentence>& sentences) {
  std::vector<std::vector<std::string_view>> forms;
  for (const ConlluSentence& sentence : sentences) {
    forms.emplace_back();
    for (const ConlluWord& word : sentence.words) forms.back().push_back(word.form);
  }
  return forms;
}

TaggerNetworkScorer ReloadedScorer(const TaggerNetworkScorer& scorer) {
  ModelWriter writer;
  scorer.Save(writer);
  ModelReader reader(writer.payload(), "test", 0);
  return TaggerNetworkScorer::Load(reader);
}

// 8-bit weights in the products and in storage: on these log-probabilities, of order 1, the
// forward pass errs by a few hundredths at most. A layer computed wrongly errs by far more.
constexpr float kTolerance = 0.08f;

TEST(TaggerNetworkScorer, ComputesWhatTheTrainedNetworkComputes) {
  torch::manual_seed(3);
  const std::vector<ConlluSentence> sentences = Tiny();
  const TaggerNetworkVocabulary vocabulary = TaggerNetworkVocabulary::Build(sentences, 1);
  const TaggerNetworkSizes sizes = SmallSizes(vocabulary.word_count());
  TaggerNetwork network(sizes);
  network->eval();
  const auto forms = FormsOf(sentences);
  std::vector<std::vector<TaggerWordIds>> ids;
  for (const auto& sentence : forms) {
    ids.emplace_back();
    for (std::string_view form : sentence) ids.back().push_back(vocabulary.IdsOf(form, 64));
  }
  torch::NoGradGuard no_gradients;
  const torch::Tensor expected = torch::log_softmax(network->Forward(MakeTaggerBatch(ids)), -1);
  const TaggerNetworkScorer scorer =
      ReloadedScorer(TaggerNetworkScorer(vocabulary, sizes, WeightsOf(*network), 0.25f));
  EXPECT_EQ(scorer.perceptron_vote(), 0.25f);
  const std::vector<std::vector<float>> scores = scorer.LogProbabilities(forms);
  ASSERT_EQ(scores.size(), forms.size());
  for (std::size_t s = 0; s < forms.size(); ++s) {
    ASSERT_EQ(scores[s].size(), forms[s].size() * sizes.classes);
    for (std::size_t i = 0; i < forms[s].size(); ++i) {
      for (int c = 0; c < sizes.classes; ++c)
        EXPECT_NEAR(scores[s][i * sizes.classes + c], expected[s][i][c].item<float>(), kTolerance)
            << "sentence " << s << " word " << i << " class " << c;
    }
  }
  // Alone, a sentence gets what it gets in a batch; an empty sentence gets nothing.
  const std::vector<std::vector<std::string_view>> alone = {forms[1], {}};
  const std::vector<std::vector<float>> alone_scores = scorer.LogProbabilities(alone);
  EXPECT_EQ(alone_scores[0], scores[1]);
  EXPECT_TRUE(alone_scores[1].empty());
}

TEST(TaggerNetworkScorer, RejectsWeightsThatDoNotFitTheSizes) {
  const TaggerNetworkVocabulary vocabulary = TaggerNetworkVocabulary::Build(Tiny(), 1);
  const TaggerNetworkSizes sizes = SmallSizes(vocabulary.word_count());
  TaggerNetwork network(sizes);
  NamedWeights weights = WeightsOf(*network);
  weights.erase("output.bias");
  EXPECT_THROW(TaggerNetworkScorer(vocabulary, sizes, weights, 0.1f), Error);
  weights = WeightsOf(*network);
  weights["word.weight"].pop_back();
  EXPECT_THROW(TaggerNetworkScorer(vocabulary, sizes, weights, 0.1f), Error);
}

TEST(Int8Rows, RoundTripWithinHalfAStepPerRow) {
  const std::vector<float> values = {0.5f, -1.0f, 0.25f, 0, 0, 0, 100, 3, -7};
  ModelWriter writer;
  WriteInt8Rows(writer, values, 3);
  ModelReader reader(writer.payload(), "test", 0);
  const std::vector<float> read = ReadInt8Rows(reader, 9, 3);
  ASSERT_EQ(read.size(), values.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    const float row_max = i < 3 ? 1.0f : i < 6 ? 0.0f : 100.0f;
    EXPECT_NEAR(read[i], values[i], row_max / 127 / 2 + 1e-6f) << i;
  }
  EXPECT_EQ(read[1], -1.0f);  // the largest of a row is exact up to rounding of the scale
  ModelReader wrong(writer.payload(), "test", 0);
  EXPECT_THROW(ReadInt8Rows(wrong, 9, 9), Error);
}

// A perceptron tagger trained on the tiny treebank for `iterations` epochs per pass.
std::unique_ptr<Tagger> TinyPerceptronTagger(int iterations, std::ostream& log) {
  TaggerTrainingOptions perceptron;
  perceptron.first_pass_iterations = iterations, perceptron.iterations = iterations;
  perceptron.dictionary_min_count = 1, perceptron.min_weight = 0;
  return TrainTagger(Tiny(), Tiny(), perceptron, log);
}

// Settings under which a small network fits the tiny treebank in a fraction of a second.
TaggerNetworkTrainingOptions TinyNetworkOptions(int epochs) {
  TaggerNetworkTrainingOptions options;
  options.epochs = epochs, options.hidden = 16, options.buckets = 256, options.batch_words = 16;
  options.learning_rate = 0.02, options.learning_rate_decay = 1;
  return options;
}

// A tiny tagger with a network: it fits its training data, saves and loads with its network,
// and gives the same tags after loading.
TEST(TaggerWithNetwork, TrainsSavesAndLoads) {
  std::ostringstream log;
  std::unique_ptr<Tagger> tagger = TinyPerceptronTagger(3, log);
  tagger->SetNetwork(TrainTaggerNetwork(Tiny(), Tiny(), TinyNetworkOptions(30), *tagger, log));
  ASSERT_TRUE(tagger->network().has_value());
  EXPECT_NE(log.str().find("epoch 30:"), std::string::npos) << log.str();
  const std::string path =
      (std::filesystem::temp_directory_path() / "kgraph_tagger_network_test.bin").string();
  tagger->Save(path);
  const std::unique_ptr<Tagger> loaded = Tagger::Load(path);
  std::filesystem::remove(path);
  ASSERT_TRUE(loaded->network().has_value());
  EXPECT_EQ(loaded->network()->perceptron_vote(), tagger->network()->perceptron_vote());
  std::size_t words = 0, correct = 0;
  for (const ConlluSentence& sentence : Tiny()) {
    std::vector<std::string_view> forms;
    for (const ConlluWord& word : sentence.words) forms.push_back(word.form);
    const std::vector<int> predicted = tagger->Predict(forms);
    EXPECT_EQ(loaded->Predict(forms), predicted);
    for (std::size_t i = 0; i < forms.size(); ++i, ++words)
      correct += UposName(tagger->tags()[predicted[i]].upos) == sentence.words[i].upos;
  }
  EXPECT_GE(correct, words * 9 / 10);
}

// The network's own scores, without the perceptron's, must fit the training data too: it is not
// along for the ride. (Without dev data the trainer keeps the last epoch.)
TEST(TaggerWithNetwork, TheNetworkAloneLearnsItsTrainingData) {
  std::ostringstream log;
  std::unique_ptr<Tagger> tagger = TinyPerceptronTagger(1, log);
  const TaggerNetworkScorer scorer =
      TrainTaggerNetwork(Tiny(), {}, TinyNetworkOptions(40), *tagger, log);
  // The forms view the sentences' strings, which must outlive them.
  const std::vector<ConlluSentence> sentences = Tiny();
  const auto forms = FormsOf(sentences);
  const std::vector<std::vector<float>> scores = scorer.LogProbabilities(forms);
  std::size_t words = 0, correct = 0;
  const std::size_t classes = tagger->tags().size();
  for (std::size_t s = 0; s < forms.size(); ++s) {
    for (std::size_t i = 0; i < forms[s].size(); ++i, ++words) {
      const auto row = std::span<const float>(scores[s]).subspan(i * classes, classes);
      const int best = ArgMax(row);
      correct += UposName(tagger->tags()[best].upos) == sentences[s].words[i].upos;
    }
  }
  // Chance is one class in nine; 8-bit weights blur a network this small, which fits its data
  // in libtorch (loss 0.0) but misses one of the 15 words as kgraph runs it.
  EXPECT_GE(correct, words * 9 / 10) << log.str();
}

}  // namespace
}  // namespace kgraph
