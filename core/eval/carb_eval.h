// The CaRB benchmark score of an Open IE system: a faithful reimplementation of what
// `python carb.py --gold=GOLD --tabbed=SYSTEM` computes in https://github.com/dair-iitd/CaRB
// (Bhardwaj, Aggarwal and Mausam 2019, "CaRB: A Crowdsourced Benchmark for Open IE", EMNLP),
// verified against it (see README, "eval carb").
//
// Tuples are compared sentence by sentence with MatchCarbTuples (carb_matcher.h). For every
// distinct system confidence t, the tuples with confidence >= t are scored:
//   recall    = sum over gold tuples of their best recall against any such system tuple,
//               divided by the number of gold tuples (a system tuple may serve many gold ones);
//   precision = precision of a one-to-one greedy matching (repeatedly the pair with the highest
//               precision among unmatched gold and system tuples), divided by the number of
//               system tuples, which is precision 1 when there is none.
// The reported precision and recall are those of the threshold with the best F1; the AUC is the
// trapezoidal area under the precision-recall points plus (recall 0, precision 1).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/eval/carb_reader.h"

namespace kgraph {

// One point of the precision-recall curve: the scores of the system tuples with confidence >=
// `confidence`.
struct CarbCurvePoint {
  double confidence = 0;
  double precision = 0;
  double recall = 0;
};

struct CarbScores {
  std::size_t gold_sentences = 0;       // distinct gold sentences (by CarbSentenceKey)
  std::size_t gold_tuples = 0;          // the recall denominator
  std::size_t predicted_tuples = 0;     // every system tuple given
  std::size_t scored_tuples = 0;        // those of them whose sentence has gold tuples
  std::size_t predicted_sentences = 0;  // distinct sentences of the system tuples
  std::vector<CarbCurvePoint> curve;    // by ascending confidence; empty = no system tuple
  // At the threshold with the best F1 (all 0 when no threshold has a positive score):
  double best_confidence = 0;
  double precision = 0;
  double recall = 0;
  double f1 = 0;
  double auc = 0;  // 0 when there is no system tuple
};

// Scores `predicted` against `gold` as carb.py does. Sentences are matched by CarbSentenceKey.
// As in carb.py, system tuples of sentences without gold tuples do not count, except that their
// confidences still add points to the curve; and when several spellings of a sentence have the
// same key, only the tuples of the last spelling seen are kept (gold tuples are grouped by their
// stripped sentence first, system tuples by their sentence as written).
CarbScores EvaluateCarb(const std::vector<CarbTuple>& gold,
                        const std::vector<CarbTuple>& predicted);

// The key sentences are matched by (carb.py's normalizeKey): spaces removed, Penn Treebank
// bracket escapes (-LRB- -RRB- -LSB- -RSB- -LCB- -RCB-) replaced by the brackets, then every ASCII
// punctuation character removed. "Mr. Smith -LRB- 40 -RRB- ." -> "MrSmith40".
std::string CarbSentenceKey(std::string_view sentence);

// The report of `kgraph eval carb`: counts on the first lines, and as the last line
// "f1=0.xxxx precision=0.xxxx recall=0.xxxx auc=0.xxxx" (fractions, 4 decimals).
std::string FormatCarbScores(const CarbScores& scores);

}  // namespace kgraph
