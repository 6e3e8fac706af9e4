// Multi-class linear models over hashed features: the averaged perceptron that trains them
// (Collins 2002, with lazy averaging) and the compact sparse model that ships and runs.
#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "core/io/model_file.h"
#include "core/tagger/features.h"

namespace kgraph {

// The trained, read-only model: for each feature only the classes with a non-zero weight.
class LinearModel {
 public:
  LinearModel() = default;
  explicit LinearModel(int class_count) : class_count_(class_count) {}

  int class_count() const { return class_count_; }
  std::size_t feature_count() const { return rows_.size(); }
  std::size_t weight_count() const { return entries_.size(); }

  // Adds the weights of `features` to `scores` (size class_count()).
  void Score(std::span<const FeatureHash> features, std::span<float> scores) const;

  // Sets the weights of one feature; called once per feature while the model is built.
  void SetRow(FeatureHash feature, const std::vector<std::pair<int, float>>& weights);

  void Save(ModelWriter& writer) const;
  static LinearModel Load(ModelReader& reader);

 private:
  struct Entry {
    std::uint16_t label;
    float weight;
  };
  struct Row {
    std::uint32_t begin;
    std::uint32_t size;
  };
  int class_count_ = 0;
  std::unordered_map<FeatureHash, Row> rows_;
  std::vector<Entry> entries_;
};

// Learns a LinearModel one example at a time.
class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int class_count) : class_count_(class_count) {}

  // Current (not averaged) weights of `features` added to `scores`.
  void Score(std::span<const FeatureHash> features, std::span<float> scores) const;
  // One perceptron step: rewards `gold`, penalizes `predicted` (no-op when they agree). Every
  // call is one time step of the average.
  void Update(std::span<const FeatureHash> features, int gold, int predicted);

  // The averaged weights, with weights smaller than `min_weight` in magnitude dropped (they
  // change no decision in practice and would only bloat the shipped model).
  LinearModel Averaged(float min_weight) const;

 private:
  struct Row {
    std::vector<float> weights;
    std::vector<double> totals;         // sum over time of the weight, up to `stamps`
    std::vector<std::uint64_t> stamps;  // time of each weight's last change
  };
  Row& RowOf(FeatureHash feature);

  int class_count_;
  std::uint64_t time_ = 0;
  std::unordered_map<FeatureHash, Row> rows_;
};

// Index of the highest score; the lowest index wins ties, so decisions are deterministic.
int ArgMax(std::span<const float> scores);

}  // namespace kgraph
