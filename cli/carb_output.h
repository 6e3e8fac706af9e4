// kgraph's triples as CaRB tuples (core/eval/carb_reader.h), for `extract --format carb` and
// `eval carb`.
#pragma once

#include <string>
#include <vector>

#include "core/eval/carb_reader.h"
#include "core/text/document.h"
#include "extractors/triple.h"

namespace kgraph::cli {

// How the sentence field of each tuple is written.
enum class CarbSentenceText {
  kLine,        // the input line of the sentence, exactly (after Pipeline::AnalyzeLines)
  kNormalized,  // the sentence's text with white space folded (NormalizedText)
};

// One tuple per triple, in order: relation = Triple::relation_text, or the text of the relation
// span when that is empty; arguments = subject, object, extra arguments, white space folded. An
// empty object is kept as an empty field only when extra arguments follow it. Confidence as is.
std::vector<CarbTuple> CarbTuplesOf(const Document& doc, const std::vector<Triple>& triples,
                                    CarbSentenceText sentence_text);

// The sentences to run an extractor on for a CaRB evaluation: the file `sentences_file` (one
// sentence per line, such as CaRB's dev.txt), or, when it is empty, the distinct sentences of
// `gold` in first-seen order, one per line. Not yet tokenized.
Document CarbSentences(const std::string& sentences_file, const std::vector<CarbTuple>& gold);

}  // namespace kgraph::cli
