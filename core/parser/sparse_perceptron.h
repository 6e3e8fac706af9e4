// An averaged perceptron for many classes and millions of features, where each feature is
// seen with only a few classes: weights are stored per (feature, class) pair that was ever
// updated, not as a dense row per feature (which, at a hundred parser transitions, would take
// tens of gigabytes).
#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "core/tagger/perceptron.h"

namespace kgraph {

class SparsePerceptronTrainer {
 public:
  explicit SparsePerceptronTrainer(int class_count) : class_count_(class_count) {}

  // Current (not averaged) weights of `features` added to `scores` (size class_count).
  void Score(std::span<const FeatureHash> features, std::span<float> scores) const;
  // Rewards `gold` and penalizes `predicted` for every feature (no-op when they agree); each
  // call is one time step of the average (Collins 2002, averaged lazily).
  void Update(std::span<const FeatureHash> features, int gold, int predicted);

  // The averaged weights (LinearModel::Compact prunes and quantizes them).
  LinearModel Averaged() const;

 private:
  struct Cell {
    std::uint16_t label;
    float weight;
    double total;         // sum over time of the weight, up to `stamp`
    std::uint64_t stamp;  // time of the last change
  };
  void Add(std::vector<Cell>& row, int label, float delta);

  int class_count_;
  std::uint64_t time_ = 0;
  std::unordered_map<FeatureHash, std::vector<Cell>> rows_;
};

}  // namespace kgraph
