#include "core/text/upos.h"

#include <array>

namespace kgraph {
namespace {

constexpr std::array<std::string_view, kUposCount> kNames = {
    "ADJ",  "ADP",  "ADV",   "AUX",   "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
};

}  // namespace

std::string_view UposName(Upos tag) { return kNames[static_cast<int>(tag)]; }

std::optional<Upos> ParseUpos(std::string_view name) {
  for (int i = 0; i < kUposCount; ++i) {
    if (kNames[i] == name) return static_cast<Upos>(i);
  }
  return std::nullopt;
}

}  // namespace kgraph
