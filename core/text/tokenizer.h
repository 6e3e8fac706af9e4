// The tokenizer stage: fills Document::sentences with sentences and tokens, each with its byte
// span in the original text.
#pragma once

#include <memory>

#include "core/text/document.h"

namespace kgraph {

class Tokenizer {
 public:
  virtual ~Tokenizer() = default;
  // Replaces doc.sentences. Only body paragraphs are tokenized (doc.paragraphs with
  // boilerplate=true are skipped; no paragraphs = the whole text). A sentence never crosses a
  // paragraph boundary. Linear time, no recursion: safe on any valid UTF-8 input.
  virtual void Tokenize(Document& doc) const = 0;
};

// Rule-based English tokenizer and sentence splitter for news and web text (UD EWT conventions:
// "don't" -> "do" + "n't", "Putin’s" -> "Putin" + "’s", abbreviations and URLs kept whole,
// "5%" -> "5" + "%"; hyphenated words stay whole after a prefix such as "anti-" or "counter-"
// and split elsewhere as EWT does: "15-year" -> "15" + "-" + "year"). Stateless and thread-safe.
std::unique_ptr<Tokenizer> NewEnglishTokenizer();

}  // namespace kgraph
