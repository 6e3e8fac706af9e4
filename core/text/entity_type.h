// The types of named entities the entity recognizer finds (issue #5), as a small enum so stages
// compare types without strings.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace kgraph {

enum class EntityType : std::uint8_t {
  kPerson,
  kOrganization,
  kPlace,  // countries, cities, regions, buildings, streets
  kEvent,
  kTime,   // dates and times: "2017", "January 5", "Wednesday"
  kOther,  // other named things: works, products, laws, ships, languages, ...
};

inline constexpr int kEntityTypeCount = 6;

// "PERSON", "ORGANIZATION", "PLACE", "EVENT", "TIME", "OTHER".
std::string_view EntityTypeName(EntityType type);

// EntityType::kPerson for "PERSON"; nullopt for any other string.
std::optional<EntityType> ParseEntityType(std::string_view name);

}  // namespace kgraph
