#include "core/tagger/perceptron.h"

#include <algorithm>
#include <cmath>

namespace kgraph {

void LinearModel::Score(std::span<const FeatureHash> features, std::span<float> scores) const {
  for (FeatureHash feature : features) {
    auto it = rows_.find(feature);
    if (it == rows_.end()) continue;
    const Entry* entry = entries_.data() + it->second.begin;
    for (std::uint32_t k = 0; k < it->second.size; ++k, ++entry) {
      scores[entry->label] += entry->weight;
    }
  }
}

void LinearModel::SetRow(FeatureHash feature, const std::vector<std::pair<int, float>>& weights) {
  if (weights.empty()) return;
  Row row{static_cast<std::uint32_t>(entries_.size()), static_cast<std::uint32_t>(weights.size())};
  for (const auto& [label, weight] : weights) {
    entries_.push_back({static_cast<std::uint16_t>(label), weight});
  }
  rows_[feature] = row;
}

void LinearModel::Save(ModelWriter& writer) const {
  // Rows in hash order so the same model always serializes to the same bytes.
  std::vector<std::pair<FeatureHash, Row>> rows(rows_.begin(), rows_.end());
  std::sort(rows.begin(), rows.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  writer.WriteU32(static_cast<std::uint32_t>(class_count_));
  writer.WriteU64(rows.size());
  for (const auto& [feature, row] : rows) {
    writer.WriteU64(feature);
    writer.WriteU8(static_cast<std::uint8_t>(std::min<std::uint32_t>(row.size, 255)));
    // Rows longer than 255 labels do not occur for tag sets below 256 classes.
    for (std::uint32_t k = 0; k < row.size; ++k) {
      const Entry& entry = entries_[row.begin + k];
      writer.WriteU8(static_cast<std::uint8_t>(entry.label));
      writer.WriteF32(entry.weight);
    }
  }
}

LinearModel LinearModel::Load(ModelReader& reader) {
  int class_count = static_cast<int>(reader.ReadU32());
  if (class_count <= 0 || class_count > 255) reader.Fail("bad class count in linear model");
  LinearModel model(class_count);
  std::uint64_t row_count = reader.ReadCount(9);
  model.rows_.reserve(row_count);
  std::vector<std::pair<int, float>> weights;
  for (std::uint64_t r = 0; r < row_count; ++r) {
    FeatureHash feature = reader.ReadU64();
    int size = reader.ReadU8();
    weights.clear();
    for (int k = 0; k < size; ++k) {
      int label = reader.ReadU8();
      float weight = reader.ReadF32();
      if (label >= class_count || !std::isfinite(weight)) reader.Fail("bad weight in model");
      weights.emplace_back(label, weight);
    }
    model.SetRow(feature, weights);
  }
  return model;
}

PerceptronTrainer::Row& PerceptronTrainer::RowOf(FeatureHash feature) {
  auto [it, inserted] = rows_.try_emplace(feature);
  if (inserted) {
    it->second.weights.assign(class_count_, 0.0f);
    it->second.totals.assign(class_count_, 0.0);
    it->second.stamps.assign(class_count_, 0);
  }
  return it->second;
}

void PerceptronTrainer::Score(std::span<const FeatureHash> features,
                              std::span<float> scores) const {
  for (FeatureHash feature : features) {
    auto it = rows_.find(feature);
    if (it == rows_.end()) continue;
    const std::vector<float>& weights = it->second.weights;
    for (int c = 0; c < class_count_; ++c) scores[c] += weights[c];
  }
}

void PerceptronTrainer::Update(std::span<const FeatureHash> features, int gold, int predicted) {
  ++time_;
  if (gold == predicted) return;
  for (FeatureHash feature : features) {
    Row& row = RowOf(feature);
    for (auto [label, delta] : {std::pair{gold, 1.0f}, std::pair{predicted, -1.0f}}) {
      row.totals[label] += static_cast<double>(time_ - row.stamps[label]) * row.weights[label];
      row.stamps[label] = time_;
      row.weights[label] += delta;
    }
  }
}

LinearModel PerceptronTrainer::Averaged(float min_weight) const {
  LinearModel model(class_count_);
  std::vector<std::pair<FeatureHash, const Row*>> rows;
  rows.reserve(rows_.size());
  for (const auto& [feature, row] : rows_) rows.emplace_back(feature, &row);
  std::sort(rows.begin(), rows.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::pair<int, float>> weights;
  for (const auto& [feature, row] : rows) {
    weights.clear();
    for (int c = 0; c < class_count_; ++c) {
      double total = row->totals[c] + static_cast<double>(time_ - row->stamps[c]) * row->weights[c];
      float average =
          static_cast<float>(total / static_cast<double>(std::max<std::uint64_t>(time_, 1)));
      if (std::fabs(average) >= min_weight) weights.emplace_back(c, average);
    }
    model.SetRow(feature, weights);
  }
  return model;
}

int ArgMax(std::span<const float> scores) {
  int best = 0;
  for (int c = 1; c < static_cast<int>(scores.size()); ++c) {
    if (scores[c] > scores[best]) best = c;
  }
  return best;
}

}  // namespace kgraph
