// Greedy left-to-right BILOU decoding, shared by the entity recognizer and its trainer so both
// see exactly the same features for the same history.
#pragma once

#include <span>
#include <vector>

#include "core/tagger/features.h"
#include "entities/bilou.h"
#include "entities/ner_features.h"

namespace kgraph {

// The best-scoring label that may follow `previous` (and end the sentence when `last`): the
// decoder only ever builds well-formed BILOU sequences. Ties go to the lowest label id.
inline int BestAllowedLabel(std::span<const float> scores, int previous, bool last) {
  int best = -1;
  for (int label = 0; label < static_cast<int>(scores.size()); ++label) {
    if (!BilouAllowed(previous, label) || (last && !BilouCanEnd(label))) continue;
    if (best < 0 || scores[label] > scores[best]) best = label;
  }
  return best;
}

// Labels every word of `context` with the best allowed label of `scorer` (a LinearModel or a
// PerceptronTrainer) given the labels already chosen to its left. `on_word(i, features,
// predicted)` is called after each decision (the trainer updates there).
// The `on_word` of a decoder that only wants the labels.
inline constexpr auto kIgnoreEntityWord = [](int, std::span<const FeatureHash>, int) {};

template <typename Scorer, typename OnWord>
std::vector<int> DecodeEntities(const Scorer& scorer, const NerContext& context, OnWord on_word) {
  std::vector<int> labels(context.size());
  std::vector<FeatureHash> features;
  std::vector<float> scores(kBilouLabelCount);
  for (int i = 0; i < context.size(); ++i) {
    const int previous = i >= 1 ? labels[i - 1] : kOutside;
    NerFeatures(context, i, previous, i >= 2 ? labels[i - 2] : kOutside, features);
    std::fill(scores.begin(), scores.end(), 0.0f);
    scorer.Score(features, scores);
    labels[i] = BestAllowedLabel(scores, previous, i + 1 == context.size());
    on_word(i, std::span<const FeatureHash>(features), labels[i]);
  }
  return labels;
}

}  // namespace kgraph
