#include "graph/case_fold.h"

#include <utf8proc.h>

#include <cstdlib>

namespace kgraph {

std::string CaseFold(std::string_view text, bool loose) {
  int options = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD;
  if (loose) options |= UTF8PROC_STRIPMARK | UTF8PROC_LUMP;
  utf8proc_uint8_t* folded = nullptr;
  const utf8proc_ssize_t length = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
      static_cast<utf8proc_ssize_t>(text.size()), &folded, static_cast<utf8proc_option_t>(options));
  if (length < 0) {
    std::string lower(text);
    for (char& c : lower) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return lower;
  }
  std::string result(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(length));
  std::free(folded);
  return result;
}

}  // namespace kgraph
