// Writing CoNLL-U: kgraph's analyses in the format every Universal Dependencies tool reads
// (viewers, the UD validator, conll18_ud_eval.py).
//
// Analyses come from two sources: a Document analysed from raw text (ConlluFromDocument), and
// CoNLL-U sentences that were read and re-analysed on their own tokenization (WithPredictions).
// Both become ConlluSentence values, which WriteConllu serializes. The parsing evaluator scores
// these same values, so what `kgraph eval parse` measures is what `kgraph parse` writes.
#pragma once

#include <ostream>
#include <vector>

#include "core/conllu/conllu.h"
#include "core/text/document.h"

namespace kgraph {

// The analysis of `doc` as CoNLL-U, one sentence per Sentence:
// - comments: "newdoc id = <doc.id>" before the first sentence; "newpar" before the first sentence
//   of each paragraph when doc.paragraphs is not empty; "sent_id = <doc.id>-<n>" (n counts from
//   1; white space and '/' in the id become '_', since UD reserves '/' in sentence ids); and
//   "text = <the sentence's text>", every run of white space folded into one space;
// - one word per token: FORM, LEMMA, UPOS, XPOS, HEAD (1-based, 0 = root), DEPREL; FEATS "_";
//   MISC "SpaceAfter=No" when the next token follows without white space (never on the last
//   token of the document, which nothing follows);
// - a multiword token line for the tokens written as one ("don't" = "do" + "n't"; see
//   OrthographicTokens), which then carries the SpaceAfter=No of its last word.
// Throws kgraph::Error naming the document and sentence when a head lies outside its sentence.
std::vector<ConlluSentence> ConlluFromDocument(const Document& doc);

// `given` with the analysis of `analysed`, a Document built by DocumentFromGoldWords(given) and
// then tagged and parsed. Comments, ids, forms, multiword tokens and MISC stay as given; LEMMA,
// UPOS, XPOS, HEAD and DEPREL are the predictions; FEATS become "_" (kgraph predicts no features,
// and keeping the given ones would pass gold data off as predictions). Throws kgraph::Error when
// `analysed` does not have the sentences and words of `given`, or a head is out of range.
std::vector<ConlluSentence> WithPredictions(const std::vector<ConlluSentence>& given,
                                            const Document& analysed);

// Writes `sentences` as CoNLL-U: each of ConlluSentence::comments as a "# " line (sent_id, text
// and newdoc_id are views of the comments and are not written again), each multiword token line
// before its first word, ten tab-separated columns per word, a blank line after each sentence.
// Empty fields are written "_"; DEPS is always "_" (ConlluWord does not keep enhanced graphs).
void WriteConllu(const std::vector<ConlluSentence>& sentences, std::ostream& out);

}  // namespace kgraph
