// Scoring the tokenizer and sentence splitter against gold CoNLL-U (UD English EWT), the way the
// CoNLL 2018 shared task evaluator does: tokens and sentences match when they cover the same
// characters of the raw text, white space ignored.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/conllu/conllu.h"
#include "core/text/document.h"
#include "core/text/tokenizer.h"

namespace kgraph {

// Counts for one kind of unit; the ratios are 0 when their denominator is.
struct SpanScore {
  std::size_t gold = 0;
  std::size_t system = 0;
  std::size_t correct = 0;  // system units with exactly the span of a gold unit

  double Precision() const;
  double Recall() const;
  double F1() const;
};

struct TokenizationScores {
  // Orthographic tokens: a gold multiword token ("don't" = do + n't) is one token, and so are
  // the words the tokenizer split off each other without a space between ("do" + "n't").
  SpanScore tokens;
  // Syntactic words: the gold words and the tokenizer's tokens, one for one.
  SpanScore words;
  SpanScore sentences;
};

// One raw-text document rebuilt from gold sentences: their `# text` joined by a space within a
// paragraph and by a blank line between paragraphs, as a reader of the original would see it.
struct GoldDocument {
  Document doc;  // text only; no paragraphs, no sentences
  std::vector<const ConlluSentence*> sentences;
};

// Groups `gold` into documents at each "# newdoc" and rebuilds their text. The pointers refer
// into `gold`, which must outlive the result.
std::vector<GoldDocument> RebuildGoldDocuments(const std::vector<ConlluSentence>& gold);

// Rebuilds each gold document, tokenizes it as plain text (no news layout) with `tokenizer` and
// scores tokens, words and sentences. Throws kgraph::Error naming the sentence when the gold
// forms do not spell out its `# text` (white space aside), since nothing could then be aligned.
TokenizationScores EvaluateTokenization(const std::vector<ConlluSentence>& gold,
                                        const Tokenizer& tokenizer);

// "name: gold=N system=N correct=N P=99.56 R=99.51 F1=99.53\n" (percentages, two decimals).
std::string FormatSpanScore(const std::string& name, const SpanScore& score);

// A human-readable report: one line of counts, precision, recall and F1 per unit, then a last
// line exactly of the form "tokens_f1=97.12 sentences_f1=80.45" (percentages, two decimals).
std::string FormatTokenizationScores(const TokenizationScores& scores);

}  // namespace kgraph
