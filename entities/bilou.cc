#include "entities/bilou.h"

namespace kgraph {

int BilouLabel(BilouPosition position, EntityType type) {
  return 1 + 4 * static_cast<int>(type) + static_cast<int>(position);
}

BilouPosition PositionOf(int label) { return static_cast<BilouPosition>((label - 1) % 4); }

EntityType TypeOf(int label) { return static_cast<EntityType>((label - 1) / 4); }

std::string BilouLabelName(int label) {
  if (label == kOutside) return "O";
  static constexpr char kPositions[] = "BILU";
  return std::string(1, kPositions[static_cast<int>(PositionOf(label))]) + "-" +
         std::string(EntityTypeName(TypeOf(label)));
}

namespace {
bool Opens(int label) {  // the mention continues after this word
  if (label == kOutside) return false;
  BilouPosition position = PositionOf(label);
  return position == BilouPosition::kBegin || position == BilouPosition::kInside;
}
}  // namespace

bool BilouAllowed(int previous, int label) {
  const bool continues = label != kOutside && (PositionOf(label) == BilouPosition::kInside ||
                                               PositionOf(label) == BilouPosition::kLast);
  if (Opens(previous)) return continues && TypeOf(label) == TypeOf(previous);
  return !continues;
}

bool BilouCanEnd(int label) { return !Opens(label); }

std::vector<int> EncodeBilou(const std::vector<EntityMention>& mentions, int size) {
  std::vector<int> labels(size, kOutside);
  for (const EntityMention& mention : mentions) {
    if (mention.end - mention.begin == 1) {
      labels[mention.begin] = BilouLabel(BilouPosition::kUnit, mention.type);
      continue;
    }
    labels[mention.begin] = BilouLabel(BilouPosition::kBegin, mention.type);
    for (int w = mention.begin + 1; w + 1 < mention.end; ++w) {
      labels[w] = BilouLabel(BilouPosition::kInside, mention.type);
    }
    labels[mention.end - 1] = BilouLabel(BilouPosition::kLast, mention.type);
  }
  return labels;
}

std::vector<EntityMention> DecodeBilou(const std::vector<int>& labels) {
  std::vector<EntityMention> mentions;
  const int size = static_cast<int>(labels.size());
  for (int w = 0; w < size; ++w) {
    if (labels[w] == kOutside) continue;
    EntityMention mention{w, w + 1, TypeOf(labels[w])};
    // Extend while the mention is open and the next word continues it with the same type.
    while (Opens(labels[mention.end - 1]) && mention.end < size &&
           BilouAllowed(labels[mention.end - 1], labels[mention.end])) {
      ++mention.end;
    }
    w = mention.end - 1;
    mentions.push_back(mention);
  }
  return mentions;
}

}  // namespace kgraph
