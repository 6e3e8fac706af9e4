#include "extractors/triple_confidence.h"

#include <algorithm>
#include <cmath>

namespace kgraph {
namespace {

double Excess(int value, int allowed) { return std::max(0, value - allowed); }

}  // namespace

double TripleConfidence(const TripleFeatures& f) {
  double z = 1.2;
  z -= f.subject_pronoun ? 1.6 : 0.0;
  z -= f.object_pronoun ? 1.0 : 0.0;
  z += f.subject_proper ? 0.6 : 0.0;
  z += f.object_proper ? 0.5 : 0.0;
  z -= 0.25 * Excess(f.subject_tokens, 4);
  z -= 0.25 * Excess(f.object_tokens, 5);
  z -= 0.4 * Excess(f.relation_words, 3);
  z -= 0.35 * std::max(0, f.gap);
  z -= 0.03 * Excess(f.sentence_tokens, 25);
  z -= f.subject_inherited ? 1.0 : 0.0;
  z -= f.subject_conjunct ? 0.8 : 0.0;
  z -= f.object_has_pp ? 0.3 : 0.0;
  z += f.subject_at_start ? 0.3 : 0.0;
  z += f.relation_ends_with_prep ? 0.2 : 0.0;
  return 1.0 / (1.0 + std::exp(-z));
}

}  // namespace kgraph
