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
  std::size_t feature_count() const { return row_count_; }
  std::size_t weight_count() const { return entries_.size(); }

  // Adds the weights of `features` to `scores` (size class_count()).
  void Score(std::span<const FeatureHash> features, std::span<float> scores) const;

  // A copy without the weights smaller than `min_weight` in magnitude (and without the features
  // left with none), every weight rounded to the 16-bit grid the model file stores, so the
  // model scored in memory is exactly the model that loads from disk.
  LinearModel Compact(float min_weight) const;

  // Adds the weights of one feature while the model is built.
  void AddRow(FeatureHash feature, const std::vector<std::pair<int, float>>& weights);

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
  // Rows are keyed by a 32-bit fold of the feature hash: half the size on disk and in memory.
  // The rare features whose folds collide share one row (their weights are summed), which
  // costs nothing measurable in accuracy.
  using RowKey = std::uint32_t;
  static RowKey KeyOf(FeatureHash feature) {
    return static_cast<RowKey>(feature ^ (feature >> 32));
  }
  void AddRowByKey(RowKey key, const std::vector<std::pair<int, float>>& weights);
  float MaxAbsWeight() const;

  // Rows live in an open-addressing table (linear probing, at most half full): scoring a word
  // looks up some 100 features, and one cache line per lookup instead of the two or three of a
  // node-based map is most of the tagger's speed. A slot with size 0 is empty (rows never are).
  struct Slot {
    RowKey key = 0;
    Row row{0, 0};
  };
  const Row* FindRow(RowKey key) const;
  const Row* FindRowFrom(RowKey key, std::size_t home) const;  // probing from slot `home`
  void InsertRow(RowKey key, Row row);  // replaces the row of an existing key
  std::vector<std::pair<RowKey, Row>> SortedRows() const;

  int class_count_ = 0;
  std::vector<Slot> slots_;
  std::size_t row_count_ = 0;
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

  // The averaged weights (all non-zero ones; LinearModel::Compact prunes and quantizes them).
  LinearModel Averaged() const;

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
