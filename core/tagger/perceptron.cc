#include "core/tagger/perceptron.h"

#include <algorithm>
#include <cmath>

namespace kgraph {

namespace {
std::size_t SlotOf(std::uint32_t key, std::size_t mask) {
  return (static_cast<std::uint64_t>(key) * 0x9E3779B97F4A7C15ULL >> 32) & mask;
}
}  // namespace

const LinearModel::Row* LinearModel::FindRow(RowKey key) const {
  if (slots_.empty()) return nullptr;
  return FindRowFrom(key, SlotOf(key, slots_.size() - 1));
}

const LinearModel::Row* LinearModel::FindRowFrom(RowKey key, std::size_t home) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t at = home;; at = (at + 1) & mask) {
    const Slot& slot = slots_[at];
    if (slot.row.size == 0) return nullptr;
    if (slot.key == key) return &slot.row;
  }
}

void LinearModel::InsertRow(RowKey key, Row row) {
  if (2 * (row_count_ + 1) > slots_.size()) {  // keep the table at most half full
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<std::size_t>(16, 2 * old.size()), Slot{});
    row_count_ = 0;
    for (const Slot& slot : old) {
      if (slot.row.size != 0) InsertRow(slot.key, slot.row);
    }
  }
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t at = SlotOf(key, mask);; at = (at + 1) & mask) {
    Slot& slot = slots_[at];
    if (slot.row.size == 0 || slot.key == key) {
      row_count_ += slot.row.size == 0;
      slot = Slot{key, row};
      return;
    }
  }
}

std::vector<std::pair<LinearModel::RowKey, LinearModel::Row>> LinearModel::SortedRows() const {
  std::vector<std::pair<RowKey, Row>> rows;
  rows.reserve(row_count_);
  for (const Slot& slot : slots_) {
    if (slot.row.size != 0) rows.emplace_back(slot.key, slot.row);
  }
  std::sort(rows.begin(), rows.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  return rows;
}

void LinearModel::Score(std::span<const FeatureHash> features, std::span<float> scores) const {
  if (slots_.empty()) return;
  // Every lookup is a likely cache miss; issuing all of them first lets the memory system work
  // on them in parallel instead of one after another (in batches, to bound the stack buffer).
  constexpr std::size_t kBatch = 64;
  RowKey keys[kBatch];
  std::size_t homes[kBatch];
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t start = 0; start < features.size(); start += kBatch) {
    const std::size_t count = std::min(kBatch, features.size() - start);
    for (std::size_t f = 0; f < count; ++f) {
      keys[f] = KeyOf(features[start + f]);
      homes[f] = SlotOf(keys[f], mask);
      __builtin_prefetch(&slots_[homes[f]]);
    }
    // The same for the rows' weights, which live elsewhere: a second miss per feature.
    const Row* rows[kBatch];
    for (std::size_t f = 0; f < count; ++f) {
      rows[f] = FindRowFrom(keys[f], homes[f]);
      if (rows[f] != nullptr) __builtin_prefetch(entries_.data() + rows[f]->begin);
    }
    for (std::size_t f = 0; f < count; ++f) {
      if (rows[f] == nullptr) continue;
      const Entry* entry = entries_.data() + rows[f]->begin;
      for (std::uint32_t k = 0; k < rows[f]->size; ++k, ++entry) {
        scores[entry->label] += entry->weight;
      }
    }
  }
}

float LinearModel::MaxAbsWeight() const {
  float max = 0;
  for (const Entry& entry : entries_) max = std::max(max, std::fabs(entry.weight));
  return max;
}

namespace {
constexpr float kQuantizationSteps = 32767.0f;
}  // namespace

LinearModel LinearModel::Compact(float min_weight) const {
  const std::vector<std::pair<RowKey, Row>> rows = SortedRows();
  const float step = std::max(MaxAbsWeight(), 1e-30f) / kQuantizationSteps;
  LinearModel compact(class_count_);
  std::vector<std::pair<int, float>> weights;
  for (const auto& [key, row] : rows) {
    weights.clear();
    for (std::uint32_t k = 0; k < row.size; ++k) {
      const Entry& entry = entries_[row.begin + k];
      const float rounded = std::round(entry.weight / step) * step;
      if (std::fabs(entry.weight) >= min_weight && rounded != 0.0f) {
        weights.emplace_back(entry.label, rounded);
      }
    }
    compact.AddRowByKey(key, weights);
  }
  return compact;
}

void LinearModel::AddRow(FeatureHash feature, const std::vector<std::pair<int, float>>& weights) {
  AddRowByKey(KeyOf(feature), weights);
}

void LinearModel::AddRowByKey(RowKey key, const std::vector<std::pair<int, float>>& weights) {
  if (weights.empty()) return;
  std::vector<std::pair<int, float>> merged = weights;
  if (const Row* existing = FindRow(key)) {  // a fold collision: sum the two rows
    for (std::uint32_t k = 0; k < existing->size; ++k) {
      const Entry& entry = entries_[existing->begin + k];
      merged.emplace_back(entry.label, entry.weight);
    }
    std::sort(merged.begin(), merged.end());
    std::vector<std::pair<int, float>> summed;
    for (const auto& [label, weight] : merged) {
      if (!summed.empty() && summed.back().first == label) {
        summed.back().second += weight;
      } else {
        summed.emplace_back(label, weight);
      }
    }
    merged = std::move(summed);
  }
  Row row{static_cast<std::uint32_t>(entries_.size()), static_cast<std::uint32_t>(merged.size())};
  for (const auto& [label, weight] : merged) {
    entries_.push_back({static_cast<std::uint16_t>(label), weight});
  }
  InsertRow(key, row);
}

// On disk: class count, the quantization step, then per row its key, its size and its
// (label u8, weight i16) pairs, rows in key order so a model always has the same bytes.
void LinearModel::Save(ModelWriter& writer) const {
  const std::vector<std::pair<RowKey, Row>> rows = SortedRows();
  const float step = std::max(MaxAbsWeight(), 1e-30f) / kQuantizationSteps;
  writer.WriteU32(static_cast<std::uint32_t>(class_count_));
  writer.WriteF32(step);
  writer.WriteU64(rows.size());
  for (const auto& [key, row] : rows) {
    writer.WriteU32(key);
    writer.WriteU8(static_cast<std::uint8_t>(row.size));  // class_count_ < 256
    for (std::uint32_t k = 0; k < row.size; ++k) {
      const Entry& entry = entries_[row.begin + k];
      writer.WriteU8(static_cast<std::uint8_t>(entry.label));
      const auto quantized = static_cast<std::int16_t>(std::lround(entry.weight / step));
      writer.WriteU16(static_cast<std::uint16_t>(quantized));
    }
  }
}

LinearModel LinearModel::Load(ModelReader& reader) {
  const int class_count = static_cast<int>(reader.ReadU32());
  if (class_count <= 0 || class_count > 255) reader.Fail("bad class count in linear model");
  const float step = reader.ReadF32();
  if (!std::isfinite(step) || step <= 0) reader.Fail("bad weight scale in linear model");
  LinearModel model(class_count);
  const std::uint64_t row_count = reader.ReadCount(5);
  // Size the table and the weights once (a row is 5 bytes plus 3 per weight on disk): growing
  // them row by row copied and rehashed the parser's millions of weights many times over.
  std::size_t slots = 16;
  while (slots < 2 * row_count) slots *= 2;
  model.slots_.assign(slots, Slot{});
  model.entries_.reserve((reader.remaining() - 5 * row_count) / 3);
  for (std::uint64_t r = 0; r < row_count; ++r) {
    const RowKey key = reader.ReadU32();
    const std::uint32_t size = reader.ReadU8();
    const auto* bytes = reinterpret_cast<const unsigned char*>(reader.ReadView(3 * size).data());
    if (size == 0) reader.Fail("empty row in linear model");
    if (model.FindRow(key) != nullptr) reader.Fail("duplicate feature in linear model");
    const Row row{static_cast<std::uint32_t>(model.entries_.size()), size};
    for (std::uint32_t k = 0; k < size; ++k, bytes += 3) {
      if (bytes[0] >= class_count) reader.Fail("bad class label in linear model");
      // Little-endian int16, as ModelWriter::WriteU16 stores it.
      const auto quantized = static_cast<std::int16_t>(bytes[1] | (bytes[2] << 8));
      model.entries_.push_back({bytes[0], static_cast<float>(quantized) * step});
    }
    model.InsertRow(key, row);
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

LinearModel PerceptronTrainer::Averaged() const {
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
      if (average != 0.0f) weights.emplace_back(c, average);
    }
    model.AddRow(feature, weights);
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
