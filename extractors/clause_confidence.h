// The confidence of a clause-extracted triple: a logistic score over features that predict
// whether a triple is correct.
//
// The weights are fitted by logistic regression on CaRB dev (`kgraph train-confidence`, see the
// README): the target of each triple is its CaRB match, the best precision CaRB's matcher gives
// it against the gold tuples of its sentence. What they say: a clause without any object almost
// never matches; possessives, appositions, subjects recovered from a modified noun and claims
// inside reported speech (which CaRB annotators rarely list) match less often; long sentences
// are parsed worse.
#pragma once

#include <array>

namespace kgraph {

struct ClauseTripleFeatures {
  bool subject_from_coordination = false;   // "He served ... and [became] ..."
  bool subject_from_modified_noun = false;  // relative clause or participle
  bool subject_from_controller = false;     // "asked him to leave"
  bool subject_pronoun = false;
  bool object_pronoun = false;
  bool no_object = false;
  bool clausal_object = false;       // a complement or adverbial clause as object
  bool object_from_oblique = false;  // "hope [for] progress"
  bool copular = false;
  bool passive = false;
  bool attributed = false;
  bool distributed = false;  // one of several conjuncts
  bool apposition = false;   // "Bortnikov, [head of the FSB]": no verb at all
  bool possessive = false;   // "[Russia]'s Security Council"
  int subject_words = 1;
  int object_words = 1;
  int relation_words = 1;
  int extra_arguments = 0;
  int sentence_words = 1;
};

inline constexpr int kClauseFeatureCount = 20;  // bias + one weight per feature

// The feature vector the weights apply to (first entry: the bias input, 1).
std::array<double, kClauseFeatureCount> FeatureVector(const ClauseTripleFeatures& features);

using ClauseWeights = std::array<double, kClauseFeatureCount>;

// Names of the entries of FeatureVector, for reports.
extern const std::array<const char*, kClauseFeatureCount> kClauseFeatureNames;

// The shipped weights (see the top of this file).
const ClauseWeights& DefaultClauseWeights();

// 1 / (1 + exp(-w·x)); always in (0, 1).
double ClauseTripleConfidence(const ClauseTripleFeatures& features,
                              const ClauseWeights& weights = DefaultClauseWeights());

}  // namespace kgraph
