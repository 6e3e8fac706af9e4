// Scoring a tagger against gold CoNLL-U on gold tokenization: UPOS, XPOS and lemma accuracy.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/conllu/conllu.h"
#include "core/tagger/tagger.h"

namespace kgraph {

struct TaggingScores {
  std::size_t words = 0;
  std::size_t upos_correct = 0;
  std::size_t xpos_correct = 0;
  std::size_t lemma_correct = 0;

  // Percentages; 0 when there are no words.
  double Upos() const { return Percent(upos_correct); }
  double Xpos() const { return Percent(xpos_correct); }
  double Lemma() const { return Percent(lemma_correct); }

 private:
  double Percent(std::size_t correct) const {
    return words == 0 ? 0.0 : 100.0 * static_cast<double>(correct) / static_cast<double>(words);
  }
};

TaggingScores EvaluateTagger(const Tagger& tagger, const std::vector<ConlluSentence>& gold);

// "words=N\nupos=95.61 xpos=94.80 lemma=97.20": the last line is the machine-readable summary.
std::string FormatTaggingScores(const TaggingScores& scores);

}  // namespace kgraph
