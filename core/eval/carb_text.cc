#include "core/eval/carb_text.h"

#include "core/text/char_class.h"

namespace kgraph::carb {
namespace {

// The length in bytes of the IsPythonSpace character at `offset`, or 0 if there is none.
std::size_t SpaceAt(std::string_view text, std::size_t offset) {
  DecodedChar c = DecodeChar(text, offset);
  return IsPythonSpace(c.code) ? c.size : 0;
}

std::size_t SpaceBefore(std::string_view text, std::size_t end) {
  DecodedChar c = DecodeCharBefore(text, end);
  return IsPythonSpace(c.code) ? c.size : 0;
}

}  // namespace

bool IsPythonSpace(char32_t c) {
  if (c <= 0x20) return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  switch (c) {
    case 0x85:
    case 0xa0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200a;
  }
}

std::string_view Strip(std::string_view text) {
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t size = SpaceAt(text, begin);
    if (size == 0) break;
    begin += size;
  }
  std::size_t end = text.size();
  while (end > begin) {
    std::size_t size = SpaceBefore(text, end);
    if (size == 0) break;
    end -= size;
  }
  return text.substr(begin, end - begin);
}

std::vector<std::string_view> SplitWords(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (std::size_t space = SpaceAt(text, pos)) {
      pos += space;
      continue;
    }
    std::size_t begin = pos;
    while (pos < text.size() && SpaceAt(text, pos) == 0) pos += DecodeChar(text, pos).size;
    words.push_back(text.substr(begin, pos - begin));
  }
  return words;
}

std::vector<std::string_view> SplitFields(std::string_view text, char separator) {
  std::vector<std::string_view> fields;
  std::size_t begin = 0;
  while (true) {
    std::size_t end = text.find(separator, begin);
    if (end == std::string_view::npos) {
      fields.push_back(text.substr(begin));
      return fields;
    }
    fields.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
}

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find_first_of("\r\n", begin);
    if (end == std::string_view::npos) {
      lines.push_back(text.substr(begin));
      break;
    }
    lines.push_back(text.substr(begin, end - begin));
    begin = end + (text.compare(end, 2, "\r\n") == 0 ? 2 : 1);
  }
  return lines;
}

std::string ReplaceAll(std::string_view text, std::string_view from, std::string_view to) {
  std::string out;
  std::size_t begin = 0;
  for (std::size_t at = text.find(from); at != std::string_view::npos;
       at = text.find(from, begin)) {
    out.append(text, begin, at - begin).append(to);
    begin = at + from.size();
  }
  return out.append(text, begin);
}

}  // namespace kgraph::carb
