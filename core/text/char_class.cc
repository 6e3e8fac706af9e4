#include "core/text/char_class.h"

#include <utf8proc.h>

namespace kgraph {

DecodedChar DecodeChar(std::string_view text, std::size_t offset) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data()) + offset;
  if (bytes[0] < 0x80) return {bytes[0], 1};
  utf8proc_int32_t code = 0;
  utf8proc_ssize_t length =
      utf8proc_iterate(bytes, static_cast<utf8proc_ssize_t>(text.size() - offset), &code);
  if (length <= 0) return {0xFFFD, 1};
  return {static_cast<char32_t>(code), static_cast<std::uint32_t>(length)};
}

DecodedChar DecodeCharBefore(std::string_view text, std::size_t end) {
  std::size_t begin = end - 1;
  // A UTF-8 character is at most 4 bytes: at most 3 continuation bytes to step over.
  while (begin > 0 && end - begin < 4 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) {
    --begin;
  }
  DecodedChar c = DecodeChar(text, begin);
  if (begin + c.size != end) return {0xFFFD, 1};
  return c;
}

namespace {

utf8proc_category_t Category(char32_t c) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(c));
}

}  // namespace

bool IsSpace(char32_t c) {
  if (c == ' ' || c == '\n' || c == '\t' || c == '\r') return true;
  if (c < 0x80) return c < 0x20 || c == 0x7F;
  if (c == 0xFEFF || c == 0x200B || c == 0x00AD) return true;
  switch (Category(c)) {
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
      return true;
    default:
      return false;
  }
}

bool IsLetter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  switch (Category(c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return true;
    default:
      return false;
  }
}

bool IsDigit(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return Category(c) == UTF8PROC_CATEGORY_ND;
}

bool IsAlnum(char32_t c) {
  if (IsLetter(c)) return true;
  if (c < 0x80) return c >= '0' && c <= '9';
  utf8proc_category_t category = Category(c);
  return category == UTF8PROC_CATEGORY_ND || category == UTF8PROC_CATEGORY_NL ||
         category == UTF8PROC_CATEGORY_NO;
}

bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  utf8proc_category_t category = Category(c);
  return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

bool IsLower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return Category(c) == UTF8PROC_CATEGORY_LL;
}

bool IsApostrophe(char32_t c) { return c == '\'' || c == U'\u2019'; }

bool IsClosingPunct(char32_t c) {
  switch (c) {
    case ')':
    case ']':
    case '}':
    case '"':
    case '\'':
    case U'\u201D':  // ”
    case U'\u2019':  // ’
    case U'\u00BB':  // »
      return true;
    default:
      return false;
  }
}

bool IsOpeningPunct(char32_t c) {
  switch (c) {
    case '(':
    case '[':
    case '{':
    case '"':
    case '\'':
    case U'\u201C':  // “
    case U'\u2018':  // ‘
    case U'\u00AB':  // «
      return true;
    default:
      return false;
  }
}

std::vector<std::uint32_t> NonSpaceOffsets(std::string_view text) {
  std::vector<std::uint32_t> offsets(text.size() + 1);
  std::uint32_t count = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    DecodedChar c = DecodeChar(text, pos);
    for (std::uint32_t i = 0; i < c.size; ++i) offsets[pos + i] = count;
    if (!IsSpace(c.code)) count += c.size;
    pos += c.size;
  }
  offsets[text.size()] = count;
  return offsets;
}

std::string WithoutSpaces(std::string_view text) {
  std::string kept;
  kept.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    DecodedChar c = DecodeChar(text, pos);
    if (!IsSpace(c.code)) kept.append(text.substr(pos, c.size));
    pos += c.size;
  }
  return kept;
}

std::string AsciiLowercase(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

}  // namespace kgraph
