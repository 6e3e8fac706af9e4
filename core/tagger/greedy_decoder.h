// Greedy left-to-right decoding, shared by the tagger and its trainer so both see exactly the
// same features for the same history.
#pragma once

#include <algorithm>
#include <span>
#include <vector>

#include "core/tagger/features.h"
#include "core/tagger/perceptron.h"

namespace kgraph {

// Tags every word of `context` with the best class of `scorer` (a LinearModel or a
// PerceptronTrainer) given the tags already chosen to its left. When `first_pass` is not empty
// it holds a previous pass's tags and adds the right-context features of the second pass.
// `on_word(i, features, predicted, scores)` is called after each decision (the trainer updates
// there; the tagger collects the scores to combine passes).
// The `on_word` of a decoder that only wants the tags.
inline constexpr auto kIgnoreWord = [](int, std::span<const FeatureHash>, int,
                                       std::span<const float>) {};

template <typename Scorer, typename OnWord>
std::vector<int> DecodeGreedy(const Scorer& scorer, int class_count, const SentenceContext& context,
                              std::span<const int> first_pass, OnWord on_word) {
  std::vector<int> predicted(context.size());
  std::vector<FeatureHash> features;
  std::vector<float> scores(class_count);
  for (int i = 0; i < static_cast<int>(context.size()); ++i) {
    int previous = i >= 1 ? predicted[i - 1] : -1;
    TokenFeatures(context, i, previous, i >= 2 ? predicted[i - 2] : -1, features);
    if (!first_pass.empty()) FirstPassFeatures(i, previous, context, first_pass, features);
    std::fill(scores.begin(), scores.end(), 0.0f);
    scorer.Score(features, scores);
    predicted[i] = ArgMax(scores);
    on_word(i, std::span<const FeatureHash>(features), predicted[i],
            std::span<const float>(scores));
  }
  return predicted;
}

}  // namespace kgraph
