#include "graph/name_variants.h"

#include <algorithm>
#include <array>

namespace kgraph {
namespace {

void ReplaceAll(std::string& text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at)) {
    text.replace(at, from.size(), to);
    at += to.size();
  }
}

}  // namespace

std::string NameVariantKey(std::string_view word) {
  std::string key(word);
  if (key.size() < 3 ||
      !std::all_of(key.begin(), key.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return key;
  }
  ReplaceAll(key, "ks", "x");
  ReplaceAll(key, "kh", "h");
  if (key.starts_with("ye")) key.erase(0, 1);
  if (key.ends_with("ander")) key.replace(key.size() - 5, 5, "andr");
  // Longest ending first, so that "iy" is not read as "i" + "y".
  constexpr std::array<std::string_view, 7> kEndings = {"iy", "ii", "yy", "ij", "yi", "i", "y"};
  for (std::string_view ending : kEndings) {
    if (key.size() > ending.size() + 1 && key.ends_with(ending)) {
      key.replace(key.size() - ending.size(), ending.size(), "y");
      break;
    }
  }
  return key;
}

}  // namespace kgraph
