// Training the biaffine parser with libtorch: Adam over mini-batches of sentences, cross-entropy
// of each word's head and of its relation, dropout and word dropout (Dozat & Manning 2017).
//
// As for TrainParser(), give it the tags a tagger predicts for unseen text (jackknifed), not
// gold tags. Reproducible for a given seed and thread count: the sentence order, the
// initialization and the dropout masks all come from generators seeded with `seed`.
#pragma once

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "core/conllu/conllu.h"
#include "core/parser/biaffine_parser.h"

namespace kgraph {

struct BiaffineTrainingOptions {
  int epochs = 15;  // the best on dev is kept
  std::uint64_t seed = 1;
  // Words per update (about 32 sentences), in sentences of about the same length.
  std::size_t batch_words = 512;
  double learning_rate = 2e-3;
  // The learning rate is multiplied by this after every epoch, so late epochs settle instead of
  // jumping around the optimum.
  double learning_rate_decay = 0.85;
  int threads = 1;                 // libtorch threads while training
  std::int64_t hidden = 128;       // LSTM units per direction
  std::int64_t arc_dim = 256;      // width of the arc scorer's head and dependent vectors
  std::int64_t label_dim = 64;     // width of the relation scorer's head and dependent vectors
  std::int64_t buckets = 1 << 15;  // hashed suffix, prefix and shape ids (fewer for tiny tests)
  // When set, the best model so far is saved here after every epoch.
  std::string checkpoint_path;
};

// Trains on `train`, keeps the epoch with the best LAS on `dev` by the CoNLL 2018 definitions
// (when `dev` is empty, the last epoch), and logs one line per epoch to `log`.
std::unique_ptr<BiaffineParser> TrainBiaffineParser(const std::vector<ConlluSentence>& train,
                                                    const std::vector<ConlluSentence>& dev,
                                                    const BiaffineTrainingOptions& options,
                                                    std::ostream& log);

}  // namespace kgraph
