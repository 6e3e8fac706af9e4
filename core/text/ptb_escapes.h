// Penn Treebank escape tokens. PTB-tokenized text (the WSJ, and the Open IE benchmarks built on
// it such as CaRB) writes brackets as -LRB- -RRB- -LSB- -RSB- -LCB- -RCB- and quotation marks as
// `` and ''. The tokenizer keeps each of them as one token, and the tagger and the parser, trained
// on UD treebanks that write the characters themselves, see the punctuation they stand for.
#pragma once

#include <string>
#include <string_view>

namespace kgraph {

// The form the tagger's and the parser's features use for a token written `form`: for a PTB
// escape, the punctuation it stands for ("-LRB-" -> "(", "-RSB-" -> "]", "``" -> "“",
// "''" -> "”"; the curly quotes keep the opening/closing distinction a straight " would lose);
// any other form unchanged. The returned view points to static storage or into `form`.
std::string_view FeatureForm(std::string_view form);

// `text` with each of the six bracket escapes replaced by its bracket ("f -LRB- x -RRB-" ->
// "f ( x )"), left to right.
std::string ReplaceBracketEscapes(std::string_view text);

// True when `text` starts with one of the six bracket escapes; they are 5 bytes long.
bool StartsWithBracketEscape(std::string_view text);

}  // namespace kgraph
