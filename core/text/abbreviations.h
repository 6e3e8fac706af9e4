// The English word lists behind the tokenizer's decisions: which words keep their final period,
// which may end a sentence, which hyphenated prefixes stay attached, which capitalized words
// usually start a sentence. Lookups are case-insensitive unless stated and allocation-free.
#pragma once

#include <string_view>

namespace kgraph {

enum class AbbreviationKind {
  kNone,           // not an abbreviation: a following period is a separate token
  kInner,          // keeps its period, rarely ends a sentence ("Mr.", "Gen.", "Jan.")
  kSentenceFinal,  // keeps its period and often ends a sentence ("etc.", "Inc.", "U.S.")
  kBeforeNumber,   // keeps its period only before a number ("No. 5", "pp. 10")
};

// `word` is the abbreviation without its final period ("Mr", "U.S", "etc").
AbbreviationKind ClassifyAbbreviation(std::string_view word);

// True for prefixes that UD EWT keeps attached to the rest of a hyphenated word
// ("anti-terror", "counter-terrorism", "e-mail", "non-Microsoft"); other hyphens are split off.
bool IsAttachedHyphenPrefix(std::string_view prefix);

// True for capitalized function words that almost always start a sentence ("The", "He", "But"),
// so that "in the U.S. The ..." breaks while "the U.S. Army" does not. Case-sensitive.
bool IsSentenceStarter(std::string_view word);

}  // namespace kgraph
