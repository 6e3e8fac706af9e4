// The learned choice of antecedent for a third-person pronoun (he, she, it, they and their case
// forms): a linear model scores each candidate of Candidates() and the choice "no antecedent",
// and the best wins. It replaces the rule of the sieve's pronoun pass (first agreeing candidate
// in Hobbs' order), which it sees as features (the candidate's rank among the agreeing ones) next
// to distance, salience, the candidate's kind, named-entity type and head lemma, agreement with
// its entity, and, for "no antecedent", the words around the pronoun ("it is likely that").
//
// Trained by pronoun_ranker_trainer.h on GUM's coreference (cc-by train), shipped as
// models/coref.bin. Model format, version 1: the LinearModel (two classes; a choice's score is
// the first minus the second).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/tagger/features.h"
#include "core/tagger/perceptron.h"
#include "core/text/document.h"
#include "entities/coref_clusters.h"
#include "entities/coref_mention.h"

namespace kgraph {

inline constexpr char kCorefModelKind[] = "coref";
inline constexpr std::uint32_t kCorefModelVersion = 1;

namespace coref {

// The choices for one pronoun: its candidates (mention indices, best rule order first) and the
// features of each, then those of "no antecedent" last.
struct PronounChoices {
  std::vector<std::size_t> candidates;
  std::vector<std::vector<FeatureHash>> features;  // candidates.size() + 1 entries

  std::size_t none() const { return candidates.size(); }
};

// At most this many candidates are scored, the first in the rule's order (the window of
// kPronounWindow sentences rarely holds more).
inline constexpr std::size_t kMaxRankedCandidates = 30;

// The choices of pronoun `p` given the entities linked so far.
PronounChoices ChoicesOf(const Document& doc, const std::vector<Mention>& mentions,
                         Clusters& clusters, std::size_t p);

// The score of one choice under `scorer` (a LinearModel or a PerceptronTrainer of 2 classes).
template <typename Scorer>
float ChoiceScore(const Scorer& scorer, std::span<const FeatureHash> features) {
  float scores[2] = {0.0f, 0.0f};
  scorer.Score(features, scores);
  return scores[0] - scores[1];
}

// The index of the best choice (none() for "no antecedent"); ties go to "no antecedent", then
// to the earlier candidate.
template <typename Scorer>
std::size_t BestChoice(const Scorer& scorer, const PronounChoices& choices) {
  std::size_t best = choices.none();
  float best_score = ChoiceScore(scorer, choices.features.back());
  for (std::size_t i = 0; i < choices.candidates.size(); ++i) {
    const float score = ChoiceScore(scorer, choices.features[i]);
    if (score > best_score) {
      best_score = score;
      best = i;
    }
  }
  return best;
}

}  // namespace coref

class PronounRanker {
 public:
  explicit PronounRanker(LinearModel model) : model_(std::move(model)) {}

  // The antecedent (a mention index) the model chooses for pronoun `p`, or none.
  std::optional<std::size_t> Antecedent(const Document& doc,
                                        const std::vector<coref::Mention>& mentions,
                                        coref::Clusters& clusters, std::size_t p) const;

  const LinearModel& model() const { return model_; }

  // Writes the model atomically (a temporary file, then a rename). Throws kgraph::Error.
  void Save(const std::string& path) const;
  // Throws kgraph::Error naming `path` when the file is missing, of another kind or version, or
  // damaged.
  static std::unique_ptr<PronounRanker> Load(const std::string& path);

 private:
  LinearModel model_;
};

}  // namespace kgraph
