#include "core/text/ptb_escapes.h"

#include <array>
#include <string>
#include <utility>

namespace kgraph {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kEscapes = {{
    {"-LRB-", "("},
    {"-RRB-", ")"},
    {"-LSB-", "["},
    {"-RSB-", "]"},
    {"-LCB-", "{"},
    {"-RCB-", "}"},
    {"``", "\u201c"},
    {"''", "\u201d"},
}};
constexpr std::size_t kBracketEscapes = 6;

}  // namespace

std::string_view FeatureForm(std::string_view form) {
  if (form.size() != 2 && form.size() != 5) return form;  // the cheap common case
  for (const auto& [escape, punctuation] : kEscapes) {
    if (form == escape) return punctuation;
  }
  return form;
}

std::string ReplaceBracketEscapes(std::string_view text) {
  std::string replaced;
  replaced.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    if (StartsWithBracketEscape(text.substr(pos))) {
      replaced += FeatureForm(text.substr(pos, 5));
      pos += 5;
    } else {
      replaced += text[pos++];
    }
  }
  return replaced;
}

bool StartsWithBracketEscape(std::string_view text) {
  for (std::size_t i = 0; i < kBracketEscapes; ++i) {
    if (text.starts_with(kEscapes[i].first)) return true;
  }
  return false;
}

}  // namespace kgraph
