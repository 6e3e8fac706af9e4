// The first half of the tokenizer: splitting one run of text without white space ("(Putin’s",
// "don't.", "http://x.org/a)") into tokens, following UD English EWT conventions.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/text/document.h"

namespace kgraph {

// Appends to `spans` the tokens of text[begin, end), a non-empty run without white space, in
// order: the spans exactly tile [begin, end). `next_char` is
// the first character after the white space that follows the run (0 at the end of the text);
// it decides "No. 5" versus "said no.". Linear in end - begin.
void SplitChunk(std::string_view text, std::size_t begin, std::size_t end, char32_t next_char,
                std::vector<ByteSpan>& spans);

// True when `form` is a clitic the tokenizer splits off the word before it ("n't", "’s", "'ll",
// and "not" of "cannot", "na" of "gonna") — given that it directly follows that word, the two
// make one orthographic token, like a multiword token in UD.
bool IsSplitClitic(std::string_view form);

}  // namespace kgraph
