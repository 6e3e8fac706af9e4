// Feature extraction for the parser, shared by training and parsing so the two never drift.
//
// The templates follow Zhang & Nivre (2011), adapted to the arc-hybrid system: words, tags and
// their pairs and triples around the top of the stack (s0, s1, s2) and the front of the buffer
// (b0, b1, b2), the leftmost and rightmost dependents found so far with their relations, the
// distance between s0 and b0, valencies and the sets of relations already attached.
// Per-word facts are hashed once per sentence (ParseContext); ParseFeatures() only combines.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "core/parser/transition_system.h"
#include "core/tagger/features.h"
#include "core/text/upos.h"

namespace kgraph {

// What the parser reads of one word: its form and its tags.
struct ParseWord {
  std::string_view form;
  Upos upos = Upos::kX;
  std::string_view xpos;
};

// Hashed facts of each word of one sentence, plus the artificial root at index size().
class ParseContext {
 public:
  explicit ParseContext(const std::vector<ParseWord>& words);

  struct Word {
    FeatureHash form = 0;  // lowercased
    FeatureHash tag = 0;   // XPOS
    FeatureHash upos = 0;
    FeatureHash form_tag = 0;
    FeatureHash suffix = 0;  // last three characters, lowercased: a hint for unknown words
  };
  // Word i of the sentence, the root (i == size()), or the empty word (i < 0 or beyond).
  const Word& Of(int i) const { return i < 0 || i > size() ? none_ : words_[i]; }
  int size() const { return static_cast<int>(words_.size()) - 1; }
  // Punctuation tokens strictly between words a < b, bucketed 0, 1, 2 (= 2 or more): commas
  // and dashes between two words mark clause and apposition boundaries.
  FeatureHash PunctuationBetween(int a, int b) const;

 private:
  std::vector<Word> words_;              // the words, then the root
  std::vector<int> punctuation_before_;  // punctuation tokens among words 0..i-1
  Word none_;
};

// The features of `state`. Replaces the contents of `out`.
void ParseFeatures(const ParseContext& context, const ParserState& state,
                   std::vector<FeatureHash>& out);

}  // namespace kgraph
