#include "extractors/clause_confidence.h"

#include <cmath>

namespace kgraph {
namespace {

// Written by tools/fit-clause-confidence.sh (`kgraph train-confidence` on CaRB dev, L2 1.0); rerun
// it whenever the extractor, its features or the models change.
constexpr ClauseWeights kWeights = {
    1.1060,   // bias
    0.0003,   // subject from coordination
    -0.7011,  // subject from modified noun
    -0.4988,  // subject from controller
    -0.1862,  // subject pronoun
    -0.4165,  // object pronoun
    -3.4244,  // no object
    0.3183,   // clausal object
    0.0621,   // object from oblique
    -0.2603,  // copular
    0.0901,   // passive
    -0.8903,  // attributed
    0.1455,   // distributed
    -0.3370,  // apposition
    -1.8972,  // possessive
    -0.2587,  // log subject words
    -0.0374,  // log object words
    0.4119,   // log relation words
    -0.1678,  // extra arguments
    -0.4970,  // log sentence words - 3
};

double Log1p(int n) { return std::log1p(static_cast<double>(n)); }

}  // namespace

std::array<double, kClauseFeatureCount> FeatureVector(const ClauseTripleFeatures& f) {
  return {1.0,
          double(f.subject_from_coordination),
          double(f.subject_from_modified_noun),
          double(f.subject_from_controller),
          double(f.subject_pronoun),
          double(f.object_pronoun),
          double(f.no_object),
          double(f.clausal_object),
          double(f.object_from_oblique),
          double(f.copular),
          double(f.passive),
          double(f.attributed),
          double(f.distributed),
          double(f.apposition),
          double(f.possessive),
          Log1p(f.subject_words),
          Log1p(f.object_words),
          Log1p(f.relation_words),
          double(f.extra_arguments),
          Log1p(f.sentence_words) - 3.0};
}

const std::array<const char*, kClauseFeatureCount> kClauseFeatureNames = {
    "bias",
    "subject from coordination",
    "subject from modified noun",
    "subject from controller",
    "subject pronoun",
    "object pronoun",
    "no object",
    "clausal object",
    "object from oblique",
    "copular",
    "passive",
    "attributed",
    "distributed",
    "apposition",
    "possessive",
    "log subject words",
    "log object words",
    "log relation words",
    "extra arguments",
    "log sentence words - 3",
};

const ClauseWeights& DefaultClauseWeights() { return kWeights; }

double ClauseTripleConfidence(const ClauseTripleFeatures& features, const ClauseWeights& weights) {
  const std::array<double, kClauseFeatureCount> x = FeatureVector(features);
  double z = 0.0;
  for (int i = 0; i < kClauseFeatureCount; ++i) z += weights[i] * x[i];
  return 1.0 / (1.0 + std::exp(-z));
}

}  // namespace kgraph
