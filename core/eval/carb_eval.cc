#include "core/eval/carb_eval.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <unordered_map>
#include <utility>

#include "core/eval/carb_matcher.h"
#include "core/eval/carb_text.h"
#include "core/text/ptb_escapes.h"

namespace kgraph {
namespace {

using TupleGroup = std::vector<const CarbTuple*>;

struct SentenceGroup {
  std::string key;  // CarbSentenceKey
  TupleGroup tuples;
};

// carb.py's dictionaries: tuples grouped by their sentence text in first-seen order (the
// readers' dicts), then keyed by CarbSentenceKey (Benchmark.normalizeDict), where a later
// group with the same key replaces the tuples of an earlier one but keeps its place.
std::vector<SentenceGroup> GroupBySentence(const std::vector<CarbTuple>& tuples) {
  std::vector<std::pair<std::string_view, TupleGroup>> by_text;
  std::unordered_map<std::string_view, std::size_t> text_index;
  for (const CarbTuple& tuple : tuples) {
    auto [it, added] = text_index.try_emplace(tuple.sentence, by_text.size());
    if (added) by_text.emplace_back(tuple.sentence, TupleGroup{});
    by_text[it->second].second.push_back(&tuple);
  }
  std::vector<SentenceGroup> by_key;
  std::unordered_map<std::string, std::size_t> key_index;
  for (auto& [text, group] : by_text) {
    std::string key = CarbSentenceKey(text);
    auto [it, added] = key_index.try_emplace(key, by_key.size());
    if (added) by_key.push_back({std::move(key), {}});
    by_key[it->second].tuples = std::move(group);
  }
  return by_key;
}

// Every distinct confidence of the system tuples that are scored, ascending: the thresholds.
std::vector<double> Thresholds(const std::vector<SentenceGroup>& predicted) {
  std::vector<double> thresholds;
  for (const SentenceGroup& group : predicted) {
    for (const CarbTuple* tuple : group.tuples) thresholds.push_back(tuple->confidence);
  }
  std::sort(thresholds.begin(), thresholds.end());
  thresholds.erase(std::unique(thresholds.begin(), thresholds.end()), thresholds.end());
  return thresholds;
}

// The numerators and denominators of precision and recall at each threshold, summed over the
// gold sentences (carb.py's arrays p, pl, r, rl).
struct Totals {
  explicit Totals(std::size_t size) : p(size), pl(size), r(size), rl(size) {}
  std::vector<double> p, pl, r, rl;
};

using ScoreMatrix = std::vector<std::vector<CarbMatch>>;  // [gold][system]

// Sum of each gold tuple's best recall against the `active` system tuples.
double RecallNumerator(const ScoreMatrix& scores, const std::vector<std::size_t>& active) {
  double sum = 0;
  for (const std::vector<CarbMatch>& row : scores) {
    double best = 0;
    for (std::size_t j : active) best = std::max(best, row[j].recall);
    sum += best;
  }
  return sum;
}

// carb.py's one-to-one greedy matching for precision: min(gold, active) times, the unmatched
// pair with the highest precision (first in gold-then-system order on ties, 0 included) is
// matched. Returns the sum of the matched precisions.
double PrecisionNumerator(const ScoreMatrix& scores, const std::vector<std::size_t>& active) {
  std::vector<bool> row_used(scores.size()), column_used(scores.empty() ? 0 : scores[0].size());
  double sum = 0;
  for (std::size_t round = std::min(scores.size(), active.size()); round > 0; --round) {
    double best = -1;
    std::size_t best_row = 0, best_column = 0;
    for (std::size_t i = 0; i < scores.size(); ++i) {
      if (row_used[i]) continue;
      for (std::size_t j : active) {
        if (!column_used[j] && scores[i][j].precision > best) {
          best = scores[i][j].precision, best_row = i, best_column = j;
        }
      }
    }
    row_used[best_row] = column_used[best_column] = true;
    sum += best;
  }
  return sum;
}

// Adds one gold sentence to `totals`. For each confidence c of its system tuples, in ascending
// order, the tuples with confidence >= c are scored, and the result holds for every threshold
// above the previous such c up to c itself. Thresholds above its highest confidence see no
// system tuple of this sentence: they only count its gold tuples for recall.
void AddSentence(const TupleGroup& gold, const TupleGroup& predicted,
                 const std::vector<double>& thresholds, Totals& totals) {
  ScoreMatrix scores(gold.size(), std::vector<CarbMatch>(predicted.size()));
  for (std::size_t i = 0; i < gold.size(); ++i) {
    for (std::size_t j = 0; j < predicted.size(); ++j) {
      scores[i][j] = MatchCarbTuples(*gold[i], *predicted[j]);
    }
  }
  std::vector<double> confidences;
  for (const CarbTuple* tuple : predicted) confidences.push_back(tuple->confidence);
  std::sort(confidences.begin(), confidences.end());
  const double gold_count = static_cast<double>(gold.size());
  std::size_t first = 0;  // the first threshold not yet covered
  for (double confidence : confidences) {
    std::size_t last = static_cast<std::size_t>(
        std::lower_bound(thresholds.begin(), thresholds.end(), confidence) - thresholds.begin());
    if (last < first) continue;  // a repeated confidence
    std::vector<std::size_t> active;
    for (std::size_t j = 0; j < predicted.size(); ++j) {
      if (predicted[j]->confidence >= confidence) active.push_back(j);
    }
    double recall = RecallNumerator(scores, active);
    double precision = PrecisionNumerator(scores, active);
    for (std::size_t t = first; t <= last; ++t) {
      totals.p[t] += precision, totals.pl[t] += static_cast<double>(active.size());
      totals.r[t] += recall, totals.rl[t] += gold_count;
    }
    first = last + 1;
  }
  for (std::size_t t = first; t < thresholds.size(); ++t) totals.rl[t] += gold_count;
}

// carb.py's Benchmark.f1 on numpy floats: 0/0 is NaN, which the best-F1 search skips.
double F1(double precision, double recall) {
  if (precision + recall == 0) return std::numeric_limits<double>::quiet_NaN();
  return 2 * precision * recall / (precision + recall);
}

// sklearn.metrics.auc over the curve's (recall, precision) points in threshold order, plus the
// point (0, 1): the trapezoidal rule, signed so that a falling recall gives a positive area.
double AreaUnderCurve(const std::vector<CarbCurvePoint>& curve) {
  std::vector<double> x, y;
  for (const CarbCurvePoint& point : curve) x.push_back(point.recall), y.push_back(point.precision);
  x.push_back(0), y.push_back(1);
  bool falling = false;
  double area = 0;
  for (std::size_t i = 0; i + 1 < x.size(); ++i) {
    double dx = x[i + 1] - x[i];
    falling = falling || dx < 0;
    area += dx * (y[i + 1] + y[i]) / 2.0;
  }
  return falling ? -area : area;
}

// The curve, the best-F1 point (numpy's nanargmax: the first maximum, NaN skipped) and the AUC.
void Summarize(const Totals& totals, const std::vector<double>& thresholds, CarbScores& scores) {
  double best_f1 = -1;
  for (std::size_t t = 0; t < thresholds.size(); ++t) {
    CarbCurvePoint point{thresholds[t], totals.pl[t] > 0 ? totals.p[t] / totals.pl[t] : 1.0,
                         totals.rl[t] > 0 ? totals.r[t] / totals.rl[t] : 0.0};
    scores.curve.push_back(point);
    double f1 = F1(point.precision, point.recall);
    if (!std::isnan(f1) && f1 > best_f1) {
      best_f1 = f1;
      scores.best_confidence = point.confidence;
      scores.precision = point.precision, scores.recall = point.recall, scores.f1 = f1;
    }
  }
  if (!scores.curve.empty()) scores.auc = AreaUnderCurve(scores.curve);
}

bool IsAsciiPunctuation(char c) {  // Python's string.punctuation
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

}  // namespace

std::string CarbSentenceKey(std::string_view sentence) {
  // carb.py removes the spaces first, then undoes the escapes.
  std::string key = ReplaceBracketEscapes(carb::ReplaceAll(sentence, " ", ""));
  std::erase_if(key, IsAsciiPunctuation);
  return key;
}

CarbScores EvaluateCarb(const std::vector<CarbTuple>& gold,
                        const std::vector<CarbTuple>& predicted) {
  std::vector<SentenceGroup> gold_groups = GroupBySentence(gold);
  std::vector<SentenceGroup> predicted_groups = GroupBySentence(predicted);
  std::unordered_map<std::string_view, const TupleGroup*> predicted_by_key;
  for (const SentenceGroup& group : predicted_groups) predicted_by_key[group.key] = &group.tuples;

  CarbScores scores;
  scores.gold_sentences = gold_groups.size();
  scores.predicted_tuples = predicted.size();
  scores.predicted_sentences = predicted_groups.size();
  const std::vector<double> thresholds = Thresholds(predicted_groups);
  Totals totals(thresholds.size());
  const TupleGroup none;
  for (const SentenceGroup& group : gold_groups) {
    auto it = predicted_by_key.find(group.key);
    const TupleGroup& system = it == predicted_by_key.end() ? none : *it->second;
    scores.gold_tuples += group.tuples.size();
    scores.scored_tuples += system.size();
    AddSentence(group.tuples, system, thresholds, totals);
  }
  Summarize(totals, thresholds, scores);
  return scores;
}

std::string FormatCarbScores(const CarbScores& scores) {
  char buffer[512];
  std::snprintf(buffer, sizeof buffer,
                "gold: %zu sentences, %zu tuples\n"
                "system: %zu tuples for %zu sentences, %zu of them for gold sentences\n"
                "best F1 at confidence >= %.6g (%zu thresholds)\n"
                "f1=%.4f precision=%.4f recall=%.4f auc=%.4f\n",
                scores.gold_sentences, scores.gold_tuples, scores.predicted_tuples,
                scores.predicted_sentences, scores.scored_tuples, scores.best_confidence,
                scores.curve.size(), scores.f1, scores.precision, scores.recall, scores.auc);
  return buffer;
}

}  // namespace kgraph
