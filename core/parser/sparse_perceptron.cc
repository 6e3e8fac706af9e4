#include "core/parser/sparse_perceptron.h"

#include <algorithm>

namespace kgraph {

void SparsePerceptronTrainer::Score(std::span<const FeatureHash> features,
                                    std::span<float> scores) const {
  for (FeatureHash feature : features) {
    auto it = rows_.find(feature);
    if (it == rows_.end()) continue;
    for (const Cell& cell : it->second) scores[cell.label] += cell.weight;
  }
}

void SparsePerceptronTrainer::Add(std::vector<Cell>& row, int label, float delta) {
  auto cell = std::find_if(row.begin(), row.end(), [&](const Cell& c) { return c.label == label; });
  if (cell == row.end()) {
    row.push_back({static_cast<std::uint16_t>(label), 0.0f, 0.0, time_});
    cell = row.end() - 1;
  }
  cell->total += static_cast<double>(cell->weight) * static_cast<double>(time_ - cell->stamp);
  cell->stamp = time_;
  cell->weight += delta;
}

void SparsePerceptronTrainer::Update(std::span<const FeatureHash> features, int gold,
                                     int predicted) {
  ++time_;
  if (gold == predicted) return;
  for (FeatureHash feature : features) {
    std::vector<Cell>& row = rows_[feature];
    Add(row, gold, 1.0f);
    Add(row, predicted, -1.0f);
  }
}

LinearModel SparsePerceptronTrainer::Averaged() const {
  // Rows in key order, so the model (and the file it is saved to) does not depend on the
  // hash map's iteration order.
  std::vector<FeatureHash> keys;
  keys.reserve(rows_.size());
  for (const auto& [feature, row] : rows_) keys.push_back(feature);
  std::sort(keys.begin(), keys.end());
  LinearModel model(class_count_);
  const double time = static_cast<double>(std::max<std::uint64_t>(time_, 1));
  std::vector<std::pair<int, float>> weights;
  for (FeatureHash feature : keys) {
    weights.clear();
    for (const Cell& cell : rows_.at(feature)) {
      double total =
          cell.total + static_cast<double>(cell.weight) * static_cast<double>(time_ - cell.stamp);
      if (total != 0.0) weights.emplace_back(cell.label, static_cast<float>(total / time));
    }
    std::sort(weights.begin(), weights.end());
    if (!weights.empty()) model.AddRow(feature, weights);
  }
  return model;
}

}  // namespace kgraph
