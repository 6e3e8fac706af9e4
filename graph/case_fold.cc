#include "graph/case_fold.h"

#include <utf8proc.h>

#include <cstdlib>

#include "core/text/char_class.h"

namespace kgraph {

namespace {

bool IsAscii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

}  // namespace

std::string CaseFold(std::string_view text, bool loose) {
  // On ASCII, NFC, case folding, mark stripping and lumping change nothing but A-Z, so the
  // common case skips utf8proc's decompose-and-recompose round trip and its allocation.
  if (IsAscii(text)) return AsciiLowercase(text);
  int options = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD;
  if (loose) options |= UTF8PROC_STRIPMARK | UTF8PROC_LUMP;
  utf8proc_uint8_t* folded = nullptr;
  const utf8proc_ssize_t length = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
      static_cast<utf8proc_ssize_t>(text.size()), &folded, static_cast<utf8proc_option_t>(options));
  if (length < 0) return AsciiLowercase(text);
  std::string result(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(length));
  std::free(folded);
  return result;
}

}  // namespace kgraph
