// Scoring a tagger and parser against gold CoNLL-U by the metrics of the CoNLL 2018 shared task,
// as its evaluator conll18_ud_eval.py (version 1.2) computes them: UPOS, XPOS, lemmas, UAS and
// LAS over the words aligned between gold and system, and tokens, sentences and words when the
// system segmented the raw text itself.
//
// Alignment, as in the script: the gold and system forms, white space removed, must spell the same
// characters; tokens and sentences match when they cover the same characters; words outside
// multiword tokens match when their spans do; inside a region of overlapping multiword tokens
// they are aligned by the longest common subsequence of their lowercased forms. A head is
// correct when the system head is aligned to the gold head (or both are the root); LAS compares
// only the universal part of DEPREL ("nmod:poss" counts as "nmod"); a gold lemma "_" accepts any
// system lemma.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/conllu/conllu.h"
#include "core/eval/tokenization_eval.h"
#include "core/text/document.h"
#include "core/text/tokenizer.h"

namespace kgraph {

// One count per metric, as the script reports them: `gold` and `system` words (or tokens,
// sentences), `correct` ones; so P, R and F1 are those of the script. For the word metrics
// (upos ... las) the aligned words are words.correct.
struct ParsingScores {
  SpanScore tokens;
  SpanScore sentences;
  SpanScore words;
  SpanScore upos;
  SpanScore xpos;
  SpanScore lemma;
  SpanScore uas;
  SpanScore las;

  // The share of the aligned words that `metric` counts as correct (the script's "AligndAcc").
  double AlignedAccuracy(const SpanScore& metric) const;
};

// conll18_ud_eval.py's evaluate(gold, system) for two analyses of the same text, given as CoNLL-U
// sentences (read from files, or made by ConlluFromDocument or WithPredictions). Throws
// kgraph::Error, with the line of the gold sentence, when the two do not spell the same characters
// or a head lies outside its sentence, where the script would refuse too. Linear in the number of
// words, plus a small quadratic term inside each region of multiword tokens.
ParsingScores ScoreParse(const std::vector<ConlluSentence>& gold,
                         const std::vector<ConlluSentence>& system);

// The system under test: tags and parses, in place, a Document already split into sentences and
// tokens.
using AnalyzeFunction = std::function<void(Document&)>;

// Gold tokenization: the gold words as one Document (DocumentFromGoldWords), analysed, and scored
// as WithPredictions writes them (gold tokens and sentences, predicted columns).
ParsingScores EvaluateParsingOnGoldTokens(const std::vector<ConlluSentence>& gold,
                                          const AnalyzeFunction& analyze);

// Raw text: each gold document's text rebuilt from its "# text" comments (RebuildGoldDocuments),
// tokenized as plain text by `tokenizer`, analysed, and scored as ConlluFromDocument writes it.
ParsingScores EvaluateParsingOnRawText(const std::vector<ConlluSentence>& gold,
                                       const Tokenizer& tokenizer, const AnalyzeFunction& analyze);

// A report: with `segmentation` (raw text) first a line each for tokens, sentences and words;
// then one line per metric with its counts, P, R and F1; with `segmentation` the aligned
// accuracies; and last a line exactly of the form
// "upos=95.61 xpos=94.80 lemma=97.20 uas=87.31 las=84.52" (F1, percentages, two decimals; with
// gold tokenization F1 equals accuracy).
std::string FormatParsingScores(const ParsingScores& scores, bool segmentation);

}  // namespace kgraph
