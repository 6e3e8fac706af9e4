// The biaffine parser's plain forward pass (used for parsing) against the libtorch network it
// was trained as: both must compute the same scores, up to the forward pass's quantization.
#include <gtest/gtest.h>

#include "core/parser/biaffine_inference.h"
#include "core/parser/biaffine_network.h"

namespace kgraph {
namespace {

BiaffineSizes SmallSizes() {
  BiaffineSizes sizes;
  sizes.words = 20, sizes.xpos = 8, sizes.upos = 6, sizes.labels = 5, sizes.buckets = 64;
  sizes.word_dim = 7, sizes.xpos_dim = 3, sizes.upos_dim = 2;
  sizes.suffix_dim = 4, sizes.prefix_dim = 2, sizes.shape_dim = 2;
  sizes.hidden = 6, sizes.layers = 2, sizes.arc_dim = 5, sizes.label_dim = 4;
  return sizes;
}

std::vector<BiaffineWordIds> Sentence(int length, int offset) {
  std::vector<BiaffineWordIds> words;
  for (int i = 0; i < length; ++i) {
    const std::int64_t k = i + offset;
    words.push_back({3 + k % 17, 3 + k % 5, 3 + k % 3, (7 * k) % 64, (5 * k) % 64, k % 64});
  }
  return words;
}

// The forward pass multiplies by 8-bit weights (quantized_matrix.h): on these scores, of order
// 1 to 10, it errs by about a hundredth. A layer computed wrongly errs by far more.
constexpr float kTolerance = 0.05f;

TEST(BiaffineInference, ComputesWhatTheTrainedNetworkComputes) {
  torch::manual_seed(3);
  const BiaffineSizes sizes = SmallSizes();
  BiaffineNetwork network(sizes);
  {
    // The biaffine weights start at zero; random values test them too.
    torch::NoGradGuard no_gradients;
    for (auto& parameter : network->named_parameters()) {
      if (parameter.key().find("arc_") == 0 || parameter.key() == "label_weight")
        parameter.value().normal_();
    }
  }
  network->eval();
  const std::vector<std::vector<BiaffineWordIds>> sentences = {Sentence(5, 0), Sentence(9, 4)};
  const BiaffineBatch batch = MakeBiaffineBatch(sentences);
  torch::NoGradGuard no_gradients;
  const BiaffineNetworkImpl::Output output = network->Forward(batch);
  const torch::Tensor log_probabilities = torch::log_softmax(output.arcs, -1);
  const BiaffineInference inference(sizes, WeightsOf(*network));
  // Both sentences in one batch, as the network gets them.
  const std::vector<BiaffineInference::Scores> all_scores = inference.Score(sentences);
  for (std::size_t b = 0; b < sentences.size(); ++b) {
    const BiaffineInference::Scores& scores = all_scores[b];
    const int positions = static_cast<int>(sentences[b].size()) + 1;
    ASSERT_EQ(scores.positions, positions);
    for (int d = 0; d < positions; ++d) {
      for (int h = 0; h < positions; ++h) {
        EXPECT_NEAR(scores.arcs[d * positions + h], log_probabilities[b][d][h].item<float>(),
                    kTolerance)
            << "sentence " << b << " arc " << h << " -> " << d;
      }
    }
    // Relations of the arcs from the previous word (from the root for the first).
    torch::Tensor heads = torch::zeros({2, batch.words.size(1)}, torch::kInt64);
    for (int d = 1; d < positions; ++d) heads[b][d] = d - 1;
    const torch::Tensor labels = network->LabelScores(output, heads);
    std::vector<int> previous(positions - 1);
    for (int d = 1; d < positions; ++d) previous[d - 1] = d - 1;
    const std::vector<float> relation_scores = inference.LabelScores(scores, previous);
    for (int d = 1; d < positions; ++d) {
      for (int l = 0; l < sizes.labels; ++l)
        EXPECT_NEAR(relation_scores[(d - 1) * sizes.labels + l], labels[b][d][l].item<float>(),
                    kTolerance);
    }
  }
}

TEST(BiaffineInference, RejectsWeightsThatDoNotFitTheSizes) {
  torch::manual_seed(1);
  BiaffineNetwork network(SmallSizes());
  BiaffineWeights weights = WeightsOf(*network);
  BiaffineSizes other = SmallSizes();
  other.hidden = 7;
  EXPECT_THROW(BiaffineInference(other, weights), std::exception);
  weights.erase("label_weight");
  EXPECT_THROW(BiaffineInference(SmallSizes(), weights), std::exception);
}

TEST(BiaffineParameterSizes, NameEveryParameterOfTheNetwork) {
  BiaffineNetwork network(SmallSizes());
  const auto parameters = network->named_parameters();
  const auto sizes = BiaffineParameterSizes(SmallSizes());
  ASSERT_EQ(sizes.size(), parameters.size());
  for (const auto& [name, count] : sizes) {
    const torch::Tensor* found = parameters.find(name);
    ASSERT_NE(found, nullptr) << name;
    EXPECT_EQ(found->numel(), count) << name;
  }
}

}  // namespace
}  // namespace kgraph
