#include "core/text/document.h"

#include <algorithm>

namespace kgraph {

std::span<const Token> TokensWithin(const Sentence& sentence, ByteSpan span) {
  const std::vector<Token>& tokens = sentence.tokens;
  auto first = std::partition_point(tokens.begin(), tokens.end(), [&](const Token& token) {
    return token.span.begin < span.begin;
  });
  auto last = std::partition_point(first, tokens.end(),
                                   [&](const Token& token) { return token.span.end <= span.end; });
  return {first, last};
}

int RangeHead(const Sentence& sentence, int begin, int end) {
  for (int i = begin; i < end; ++i) {
    const int head = sentence.tokens[static_cast<std::size_t>(i)].head;
    if (head < begin || head >= end) return i;
  }
  return end - 1;
}

std::string NormalizedText(const Document& doc, ByteSpan span) {
  std::string out;
  out.reserve(span.size());
  bool pending_space = false;
  for (char c : doc.Text(span)) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

}  // namespace kgraph
