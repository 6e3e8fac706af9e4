// Which syntactic words of a sentence are written together as one orthographic token.
//
// The tokenizer splits clitics off the word before them ("do" + "n't" of "don't", "Putin" + "’s"
// of "Putin’s") and keeps only the parts. UD English writes such a token as a multiword token
// (the "2-3 don't" line of CoNLL-U), and the CoNLL 2018 evaluation scores tokens at that level, so
// the CoNLL-U writer and the evaluators regroup the words here, all by the same rule.
#pragma once

#include <cstddef>
#include <vector>

#include "core/text/document.h"

namespace kgraph {

// Tokens [first, end) of one sentence that are written as one token.
struct OrthographicToken {
  std::size_t first = 0;
  std::size_t end = 0;

  bool IsMultiword() const { return end - first > 1; }
};

// The orthographic tokens of `sentence`, a sentence of `doc`, in order; together they cover every
// token once. A token joins the one before it when it follows it without white space, after a
// letter or digit, and is a clitic the tokenizer splits off (IsSplitClitic). Tokens separated by
// white space, as in DocumentFromGoldWords(), never join.
std::vector<OrthographicToken> OrthographicTokens(const Document& doc, const Sentence& sentence);

}  // namespace kgraph
