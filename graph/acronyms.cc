#include "graph/acronyms.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace kgraph {
namespace {

constexpr std::size_t kMaxParenthesisWords = 12;

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// "FSB", "ISIL", "MI6", "AT&T": 2 to 8 characters, capitals, digits or "&", two capitals at least.
bool IsAcronym(std::string_view word) {
  if (word.size() < 2 || word.size() > 8) return false;
  const auto capitals = std::count_if(word.begin(), word.end(), IsUpper);
  return capitals >= 2 && std::all_of(word.begin(), word.end(), [](char c) {
           return IsUpper(c) || (c >= '0' && c <= '9') || c == '&';
         });
}

// A word that can be part of a name: capitalized, or non-ASCII (its case is not checked).
bool IsNameWord(std::string_view word) {
  return !word.empty() && (IsUpper(word[0]) || static_cast<unsigned char>(word[0]) >= 0x80);
}

bool IsConnector(std::string_view word) {
  return word == "of" || word == "and" || word == "for" || word == "on" || word == "the";
}

// The name right before word `paren`: capitalized words, with lower-case connectors inside
// ("Organization for Security and Co-operation in Europe" stops at "in", which is fine: the
// acronym check below rejects what does not fit). Returns [begin, paren) or an empty range.
std::pair<std::size_t, std::size_t> NameBefore(const Document& doc, const Sentence& sentence,
                                               std::size_t paren) {
  std::size_t begin = paren;
  while (begin > 0) {
    const std::string_view word = doc.Form(sentence.tokens[begin - 1]);
    if (IsNameWord(word)) {
      --begin;
    } else if (IsConnector(word) && begin > 1 && begin < paren &&
               IsNameWord(doc.Form(sentence.tokens[begin - 2]))) {
      --begin;
    } else {
      break;
    }
  }
  while (begin < paren && !IsNameWord(doc.Form(sentence.tokens[begin]))) ++begin;
  return {begin, paren};
}

std::string TextOf(const Document& doc, const Sentence& sentence, std::size_t begin,
                   std::size_t end) {
  return NormalizedText(doc,
                        {sentence.tokens[begin].span.begin, sentence.tokens[end - 1].span.end});
}

void FindInSentence(const Document& doc, const Sentence& sentence,
                    std::vector<AliasDefinition>& out) {
  const std::size_t n = sentence.tokens.size();
  for (std::size_t paren = 1; paren + 1 < n; ++paren) {
    if (doc.Form(sentence.tokens[paren]) != "(") continue;
    const std::string_view first = doc.Form(sentence.tokens[paren + 1]);
    if (!IsAcronym(first)) continue;
    const auto [begin, end] = NameBefore(doc, sentence, paren);
    // A name of one word must be longer than its acronym: "FSB (FSB)" defines nothing.
    if (begin == end ||
        (end - begin == 1 && doc.Form(sentence.tokens[begin]).size() <= first.size()))
      continue;
    const std::string name = TextOf(doc, sentence, begin, end);
    if (std::toupper(static_cast<unsigned char>(name[0])) != first[0]) continue;
    out.push_back({std::string(first), name});
    bool after_as = false;
    for (std::size_t w = paren + 2; w < n && w < paren + 2 + kMaxParenthesisWords; ++w) {
      const std::string_view word = doc.Form(sentence.tokens[w]);
      if (word == ")") break;
      if (word == "as") after_as = true;
      if (after_as && IsAcronym(word)) out.push_back({std::string(word), name});
    }
  }
}

}  // namespace

std::vector<AliasDefinition> FindAliasDefinitions(const Document& doc) {
  std::vector<AliasDefinition> definitions;
  for (const Sentence& sentence : doc.sentences) FindInSentence(doc, sentence, definitions);
  return definitions;
}

}  // namespace kgraph
