// The second half of the tokenizer: grouping the tokens of one paragraph into sentences.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/text/document.h"

namespace kgraph {

// A sentence never grows beyond this many tokens: a run of text without sentence punctuation
// (a table, a log, a 50 MB line) is cut into pieces of this size rather than one giant sentence.
inline constexpr std::size_t kMaxSentenceTokens = 500;

// A token as the splitter sees it, before it becomes a Token of a Sentence.
struct RawToken {
  ByteSpan span;
  bool space_after = true;
  bool after_blank_line = false;  // a blank line separates it from the token before
};

// Appends the sentences of `tokens` (one paragraph of `text`, in order) to `sentences`. A
// sentence ends after . ! ? (with the closing quotes and brackets that follow them) when the next
// token can start a sentence, after an abbreviation such as "U.S." or "etc." only when a typical
// sentence-initial word follows, always before a blank line, and after kMaxSentenceTokens tokens.
// Linear in the number of tokens.
void SplitSentences(std::string_view text, const std::vector<RawToken>& tokens,
                    std::vector<Sentence>& sentences);

}  // namespace kgraph
