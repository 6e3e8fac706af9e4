// Universal part-of-speech tags (UD v2), as a small enum so stages compare tags without strings.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace kgraph {

enum class Upos : std::uint8_t {
  kAdj,
  kAdp,
  kAdv,
  kAux,
  kCconj,
  kDet,
  kIntj,
  kNoun,
  kNum,
  kPart,
  kPron,
  kPropn,
  kPunct,
  kSconj,
  kSym,
  kVerb,
  kX,
};

inline constexpr int kUposCount = 17;

// "NOUN" for Upos::kNoun.
std::string_view UposName(Upos tag);

// Upos::kNoun for "NOUN"; nullopt for anything that is not a UD v2 tag.
std::optional<Upos> ParseUpos(std::string_view name);

}  // namespace kgraph
