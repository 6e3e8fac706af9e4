#include "core/text/entity_type.h"

#include <array>

namespace kgraph {
namespace {

constexpr std::array<std::string_view, kEntityTypeCount> kNames = {
    "PERSON", "ORGANIZATION", "PLACE", "EVENT", "TIME", "OTHER",
};

}  // namespace

std::string_view EntityTypeName(EntityType type) { return kNames[static_cast<int>(type)]; }

std::optional<EntityType> ParseEntityType(std::string_view name) {
  for (int i = 0; i < kEntityTypeCount; ++i) {
    if (kNames[i] == name) return static_cast<EntityType>(i);
  }
  return std::nullopt;
}

}  // namespace kgraph
