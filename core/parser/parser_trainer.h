// Training the parser: our own averaged-perceptron trainer with a dynamic oracle over CoNLL-U
// treebanks.
//
// The parser learns from the tags in the training files as given. Give it the tags a tagger
// predicts for text it never saw (TrainTagger's jackknifed tags; `kgraph train` does this), not
// gold tags, so it learns how far tags can be trusted. Reproducible: the only randomness is the
// sentence order of each epoch and the choice to follow the model's own mistakes, both drawn
// from a std::mt19937_64 seeded with `seed`.
#pragma once

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "core/conllu/conllu.h"
#include "core/eval/parsing_eval.h"
#include "core/parser/transition_parser.h"

namespace kgraph {

struct ParserTrainingOptions {
  int iterations = 15;  // epochs; the best on dev is kept
  std::uint64_t seed = 1;
  // From this epoch on, the trainer follows the model's own (possibly wrong) transitions with
  // probability `explore_probability`, learning to recover from them (Goldberg & Nivre 2013).
  int explore_from_epoch = 2;
  double explore_probability = 0.9;
  // Averaged weights smaller than this in magnitude are dropped from the shipped model: 1.0
  // keeps it near 20 MB; 0.6 gains about 0.25 LAS on EWT dev at two to three times the size.
  float min_weight = 1.0f;
  // When set, the best model so far is saved here after every epoch.
  std::string checkpoint_path;
};

// What the parser reads of `sentence`: its forms and the tags it carries.
std::vector<ParseWord> ParseWordsOf(const ConlluSentence& sentence);

// `gold` as `parser` analyses it on its own words and tags, scored by the CoNLL 2018 definitions
// `kgraph eval parse` uses (both trainers pick their best epoch with it).
ParsingScores ScoreParserOn(const Parser& parser, const std::vector<ConlluSentence>& gold);

// Trains on `train`, keeps the epoch with the best LAS on `dev` by the CoNLL 2018 definitions
// (when `dev` is empty, the last epoch), and logs one line per epoch to `log`.
std::unique_ptr<TransitionParser> TrainParser(const std::vector<ConlluSentence>& train,
                                              const std::vector<ConlluSentence>& dev,
                                              const ParserTrainingOptions& options,
                                              std::ostream& log);

}  // namespace kgraph
